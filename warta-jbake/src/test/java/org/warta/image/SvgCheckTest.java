package org.warta.image;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** SVG drawings published as they are: what would run or fetch when opened is refused, however it is written. */
class SvgCheckTest {
    private static String check(String svg) {
        return SvgCheck.forbidden(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSitesOwnDrawingsPass() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("warta.project", "..")).resolve("assets"))) {
            for (Path svg : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
                assertNull(SvgCheck.forbidden(Files.readAllBytes(svg)), svg.toString());
            }
        }
        assertNull(check("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
                + " xmlns:inkscape='http://www.inkscape.org/namespaces/inkscape'><defs><linearGradient id='g'/></defs>"
                + "<inkscape:grid/><use xlink:href='#g'/><style>rect{fill:url(#g)}</style><rect style='fill:url(#g)'/></svg>"));
    }

    @Test
    void scriptsHandlersAndOutsideFilesAreRefusedHoweverTheyAreWritten() {
        for (String svg : List.of(
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg' xmlns:s='http://www.w3.org/2000/svg'><s:script>alert(1)</s:script></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg' xmlns:h='http://www.w3.org/1999/xhtml'><h:script>alert(1)</h:script></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink'><a x:href='&#106;avascript:alert(1)'><rect/></a></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><a href='jav&#x09;ascript:alert(1)'><rect/></a></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect OnClick='alert(1)'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><image href='https://pelacak.example/p.png'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><style>@import url(https://x.example/a.css);</style></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect style='fill:url(https://x.example/p)'/></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><set attributeName='href' to='javascript:alert(1)'/></svg>",
                "<!DOCTYPE svg [<!ENTITY a 'aaaa'>]><svg xmlns='http://www.w3.org/2000/svg'><text>&a;</text></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>")) {
            assertNotNull(check(svg), svg);
        }
        assertEquals("<script>", check("<svg xmlns='http://www.w3.org/2000/svg' xmlns:s='http://www.w3.org/2000/svg'><s:script/></svg>"));
    }
}
