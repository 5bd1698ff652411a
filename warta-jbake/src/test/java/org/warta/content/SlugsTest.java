package org.warta.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void followsTheContractsRule() {
        assertEquals("h-m-dianto", Slugs.of("H.M. Dianto"));
        assertEquals("sulawesi-tenggara", Slugs.of("Sulawesi Tenggara"));
        assertEquals("dra-hj-yuni-nurmalawati-m-si", Slugs.of("Dra. Hj. Yuni Nurmalawati, M.Si."));
        assertEquals("kopi-cafe", Slugs.of("  Kopi  Café! "));
        assertEquals("", Slugs.of("—"));
    }

    @Test
    void validSlugsAreLowerCaseWordsJoinedByHyphens() {
        assertTrue(Slugs.VALID.matcher("rakorda-sultra-2023").matches());
        assertFalse(Slugs.VALID.matcher("Rakorda").matches());
        assertFalse(Slugs.VALID.matcher("-a").matches());
        assertFalse(Slugs.VALID.matcher("a--b").matches());
    }

    @Test
    void suggestsTheNearestProvince() {
        assertEquals("Sulawesi Tenggara", Suggestions.nearest("Sulawesi Tengara", Provinces.ALL).orElseThrow());
        assertEquals("province", Suggestions.nearest("provnce", java.util.Set.of("province", "title")).orElseThrow());
        assertTrue(Suggestions.nearest("xyz", Provinces.ALL).isEmpty());
    }
}
