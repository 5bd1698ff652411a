package org.warta.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonTest {
    @Test
    void keysKeepTheirOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("zeta", 1);
        map.put("alpha", List.of());
        map.put("mid", null);
        assertEquals("{\n  \"zeta\": 1,\n  \"alpha\": [],\n  \"mid\": null\n}\n", Json.pretty(map));
    }

    @Test
    void aScriptCannotBeClosedFromInsideAString() throws Exception {
        String hostile = "</script><script>alert(1)</script> & <!--";
        String json = Json.forScript(Map.of("headline", hostile));
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertEquals(hostile, new ObjectMapper().readTree(json).get("headline").asText());
    }
}
