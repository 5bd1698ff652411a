package org.warta.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules that span releases: no two releases share an address (section, year and slug), every
 * {@code aliases} path leads to one release only, never over a release's page or a file of the site, and no two
 * releases of one year share a release number.
 */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Checks the releases' addresses against each other.
     *
     * @param releases     every release read, drafts included (a draft will be published one day)
     * @param isStaticFile whether a site path (e.g. {@code css/warta.css}) is a file copied from assets/ or content/
     * @return the problems, on every file involved, each naming the other files
     */
    public static List<Problem> check(List<Release> releases, Predicate<String> isStaticFile) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Release>> byPermalink = new LinkedHashMap<>();
        for (Release r : releases) byPermalink.computeIfAbsent(folded(fileOf(r.permalink())), p -> new ArrayList<>()).add(r);
        for (List<Release> same : byPermalink.values()) {
            if (same.size() < 2) continue;
            for (Release r : same) {
                problems.add(new Problem(r.file(), r.lines().of("slug"), "slug", "alamat " + r.permalink()
                        + " juga dipakai oleh " + others(same, r, Release::file) + "; setiap rilis dalam satu bagian dan tahun "
                        + "perlu slug sendiri: ganti nama berkas atau tulis mis. slug: " + r.slug() + "-2"));
            }
        }

        record Alias(Release release, int index, String path) {
            String field() {
                return "aliases[" + index + "]";
            }
        }
        Map<String, List<Alias>> byFile = new LinkedHashMap<>();
        for (Release r : releases) {
            for (int i = 0; i < r.aliases().size(); i++) {
                String alias = r.aliases().get(i);
                byFile.computeIfAbsent(folded(aliasFile(alias)), f -> new ArrayList<>()).add(new Alias(r, i, alias));
            }
        }
        byFile.forEach((file, aliases) -> {
            List<Release> owners = byPermalink.get(file);
            for (Alias a : aliases) {
                Release r = a.release();
                int line = r.lines().of(a.field());
                if (owners != null) {
                    problems.add(new Problem(r.file(), line, a.field(), "alamat lama \"" + a.path()
                            + "\" adalah alamat rilis " + owners.stream().map(Release::file).sorted().collect(Collectors.joining(", "))
                            + "; alamat lama tidak boleh menimpa halaman rilis, hapus baris ini"));
                } else if (isStaticFile.test(aliasFile(a.path()))) {
                    problems.add(new Problem(r.file(), line, a.field(), "alamat lama \"" + a.path()
                            + "\" adalah berkas situs (" + aliasFile(a.path()) + "); alamat lama tidak boleh menimpanya, hapus baris ini"));
                } else {
                    String inside = fileAbove(aliasFile(a.path()), isStaticFile);
                    if (inside != null) {
                        problems.add(new Problem(r.file(), line, a.field(), "alamat lama \"" + a.path()
                                + "\" berada di dalam berkas situs " + inside + "; hapus baris ini"));
                    }
                }
                if (aliases.size() > 1) {
                    problems.add(new Problem(r.file(), line, a.field(), "alamat lama \"" + a.path() + "\" juga ditulis di "
                            + others(aliases, a, o -> o.release().file() + " (" + o.field() + ")")
                            + "; satu alamat lama hanya boleh menuju satu rilis, hapus salah satunya"));
                }
            }
        });
        Map<String, List<Release>> byNumber = new LinkedHashMap<>();
        for (Release r : releases) {
            if (r.number() != null) byNumber.computeIfAbsent(r.date().year() + " " + r.number(), n -> new ArrayList<>()).add(r);
        }
        for (List<Release> same : byNumber.values()) {
            if (same.size() < 2) continue;
            for (Release r : same) {
                problems.add(new Problem(r.file(), r.lines().of("number"), "number", "nomor siaran pers \"" + r.number()
                        + "\" juga dipakai di " + others(same, r, Release::file) + " pada tahun " + r.date().year()
                        + "; setiap nomor hanya sekali dalam setahun: periksa buku agenda humas dan tulis nomor yang benar"));
            }
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** The first folder of {@code file}'s path that is a file of the site ({@code img/logo.svg} of {@code img/logo.svg/x.html}), or null. */
    private static String fileAbove(String file, Predicate<String> isStaticFile) {
        for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
            if (isStaticFile.test(file.substring(0, slash))) return file.substring(0, slash);
        }
        return null;
    }

    /**
     * A file's path as a file system that ignores case (Windows, macOS) sees it: two paths with the same fold are one
     * file there ({@code Berita/Index.html} is {@code berita/index.html}).
     */
    public static String folded(String file) {
        return java.text.Normalizer.normalize(file, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether an old address's {@code %XX} sequences encode UTF-8: a server decodes them as bytes, and another encoding
     * would be a path no request matches.
     */
    public static boolean isUtf8(String alias) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(percentDecoded(alias)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The file of the page at an old address ({@code aliases}), where a static host looks for it: the path as the
     * host decodes a request ({@code /rapat%20lama.html} is the file {@code rapat lama.html}).
     */
    public static String aliasFile(String alias) {
        return fileOf(decoded(alias));
    }

    /**
     * A path as a web server matches it: {@code %XX} sequences decoded as UTF-8 ({@code +} is not a space in a
     * path); a {@code %} not followed by two hex digits stays as it is.
     */
    public static String decoded(String path) {
        return new String(percentDecoded(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bytes a server reads from a path: its UTF-8, each {@code %XX} one byte; a {@code %} without two hex digits as it is. */
    private static byte[] percentDecoded(String path) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] raw = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** The file a site path is written to: {@code /a/} and {@code /a} as {@code a/index.html}, {@code /a.html} as is. */
    public static String fileOf(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) return relative + "index.html";
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        return last.contains(".") ? relative : relative + "/index.html";
    }

    private static <T> String others(List<T> all, T self, Function<T, String> name) {
        return all.stream().filter(o -> o != self).map(name).sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }
}
