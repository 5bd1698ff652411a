package org.warta.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warta.browser.SampleSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy promise read by another reader than the one Warta uses: exiftool (Debian's libimage-exiftool-perl,
 * the reference tool for photo metadata) over every image of the baked sample site, whose sources are phone photos
 * with GPS, serial number, owner, thumbnail, XMP and IPTC. No published file may name a position, a device or its
 * owner; every photo Warta made says whose it is.
 */
class PrivacyGateExiftoolIT {
    static final Path EXIFTOOL = Path.of("/usr/bin/exiftool");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exiftoolFindsNoPositionDeviceOrOwnerInAnyPublishedImage() throws Exception {
        assertTrue(Files.isExecutable(EXIFTOOL), EXIFTOOL + " is missing: install libimage-exiftool-perl (.ci/run does on CI)");
        // the site as it is published: the bake's folder without the files JBake copied and the bake left out
        Path site = Files.createTempDirectory(Path.of("target"), "exiftool-site").toAbsolutePath();
        org.warta.jbake.FixtureProject.copyTree(SampleSite.get().project.output, site);
        org.warta.publish.UnusedFiles.remove(site);
        Process exiftool = new ProcessBuilder(EXIFTOOL.toString(), "-json", "-a", "-G1", "-r", "-ext", "jpg", "-ext", "png",
                "-ext", "webp", site.toString()).redirectErrorStream(false).start();
        byte[] out = exiftool.getInputStream().readAllBytes();
        assertTrue(exiftool.waitFor(120, TimeUnit.SECONDS));
        JsonNode files = JSON.readTree(new String(out, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        int photos = 0;
        for (JsonNode file : files) {
            String name = site.relativize(Path.of(file.path("SourceFile").asText())).toString();
            for (Iterator<String> tags = file.fieldNames(); tags.hasNext(); ) {
                String tag = tags.next();
                String bare = tag.substring(tag.indexOf(':') + 1);
                if (tag.startsWith("GPS:") || bare.startsWith("GPS") || bare.equals("SerialNumber") || bare.equals("OwnerName")
                        || bare.equals("LensSerialNumber") || bare.equals("ThumbnailImage") || bare.equals("PreviewImage")
                        || bare.startsWith("MakerNote") || tag.startsWith("IPTC:") || tag.startsWith("XMP") || bare.equals("Make")
                        || bare.equals("Model") || bare.equals("DateTimeOriginal")) {
                    found.add(name + ": " + tag + " = " + file.get(tag));
                }
            }
            if (name.startsWith("foto/")) {
                photos++;
                // the credit, else the office: whose photo it is travels with it
                String rights = file.path("IFD0:Copyright").asText(file.path("PNG:Copyright").asText(""));
                if (rights.isEmpty()) found.add(name + ": no Copyright");
            }
        }
        assertTrue(photos > 50, photos + " photo files read");
        assertEquals(List.of(), found);
    }

    @Test
    void exiftoolSeesWhatTheSourcesCarried() throws IOException, InterruptedException {
        // the check above could pass on files exiftool cannot read: it reads the sources' private data
        Path source = Path.of(System.getProperty("warta.project", "..")).resolve("content/berita/2023/rakorda-sultra-2023-foto.jpg");
        Process exiftool = new ProcessBuilder(EXIFTOOL.toString(), "-json", "-a", "-G1", source.toString()).start();
        String json = new String(exiftool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exiftool.waitFor(60, TimeUnit.SECONDS));
        for (String tag : List.of("\"GPS:GPSLatitude\"", "\"ExifIFD:SerialNumber\"", "\"ExifIFD:OwnerName\"", "\"IFD1:ThumbnailImage\"")) {
            assertTrue(json.contains(tag), tag + " in " + json);
        }
    }
}
