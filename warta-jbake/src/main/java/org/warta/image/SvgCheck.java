package org.warta.image;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an SVG drawing must not hold to be published as it is. A reader who opens the drawing's address sees it as
 * a page of this site: a script in it would run with the site's rights, an event handler too, and a reference to
 * another site would tell that site who reads. The drawing is read by a namespace-aware XML parser (no DOCTYPE, so no
 * entity), and every element must be an SVG drawing element (by its namespace and local name, whatever its prefix)
 * and every attribute a plain one: what the parser decoded is checked, so {@code &#106;avascript:} is
 * {@code javascript:}. Drawings exported from Inkscape or Illustrator hold none of the rest (Inkscape's own
 * namespaces are allowed, as metadata).
 */
public final class SvgCheck {
    static final String SVG = "http://www.w3.org/2000/svg";
    /** Editors' namespaces whose elements only describe the drawing (never shown or run). */
    private static final Set<String> METADATA = Set.of("http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://creativecommons.org/ns#", "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/AdobeIllustrator/10.0/",
            "http://ns.adobe.com/Extensibility/1.0/", "http://ns.adobe.com/SaveForWeb/1.0/", "http://ns.adobe.com/Variables/1.0/");
    /** SVG elements that run, embed or fetch: never in a drawing published as it is. */
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler",
            "listener", "animate", "set", "animatemotion", "animatetransform", "discard", "audio", "video", "canvas");
    private static final Pattern SCRIPT_ADDRESS = Pattern.compile("^(java|vb)script:|^data:(?!image/(png|jpeg|gif|webp);)");
    private static final Pattern OUTSIDE = Pattern.compile("^(https?:|//|ftp:|file:)");
    private static final Pattern STYLE_OUTSIDE = Pattern.compile("@import|url\\(\\s*[\"']?\\s*(https?:|//|javascript:|data:(?!image/))|expression\\(");

    private SvgCheck() {
    }

    /** What the drawing holds that may not be published ({@code <script>}), or null when it holds nothing of it. */
    public static String forbidden(byte[] svg) {
        org.w3c.dom.Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors end the parse, silently
            document = builder.parse(new ByteArrayInputStream(svg));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("DOCTYPE") ? "<!DOCTYPE> (entitas)" : "XML yang tidak dapat dibaca";
        } catch (ParserConfigurationException | IOException e) {
            return "XML yang tidak dapat dibaca";
        }
        return check(document.getDocumentElement());
    }

    private static String check(Element element) {
        String namespace = element.getNamespaceURI();
        String name = local(element).toLowerCase(Locale.ROOT);
        if (namespace != null && METADATA.contains(namespace)) return null; // an editor's notes: not shown, not run
        if (!SVG.equals(namespace)) return "elemen <" + element.getTagName() + "> yang bukan bagian gambar SVG";
        if (FORBIDDEN.contains(name)) return "<" + name + ">";
        if (name.equals("style") && STYLE_OUTSIDE.matcher(element.getTextContent().toLowerCase(Locale.ROOT)).find()) {
            return "gaya yang memuat berkas dari situs lain";
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = local(attribute).toLowerCase(Locale.ROOT);
            String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            if (attributeName.startsWith("on")) return "atribut " + attributeName;
            if (SCRIPT_ADDRESS.matcher(value).find()) return "alamat skrip " + value.substring(0, Math.min(value.length(), 12)) + "…";
            if ((attributeName.equals("href") || attributeName.equals("src")) && OUTSIDE.matcher(value).find()) {
                return "rujukan ke berkas di situs lain";
            }
            if (attributeName.equals("style") && STYLE_OUTSIDE.matcher(value).find()) return "gaya yang memuat berkas dari situs lain";
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String found = check(e);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static String local(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }
}
