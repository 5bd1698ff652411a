package org.warta.author;

import org.warta.content.Provinces;
import org.warta.content.Release;
import org.warta.content.Scaffold;
import org.warta.content.Slugs;
import org.warta.content.Suggestions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a new release: {@code content/<section>/<yyyy>/<slug>.md} with the four answers filled in and every other
 * field of the content contract present as commented Indonesian guidance. The file starts as {@code status: draft},
 * so it never reaches readers before its author removes that line. Never overwrites a file.
 *
 * <pre>scripts/rilis-baru [--judul "…"] [--tanggal YYYY-MM-DD] [--bagian berita] [--provinsi "Jawa Barat"]</pre>
 *
 * What is not given is asked for on the terminal; without a terminal, it is an error. Exit 0 when written, 1 when
 * an answer is invalid or the file exists, 2 on a usage error.
 */
public final class NewRelease {
    private final Path project;
    private final PrintStream out;

    NewRelease(Path project, PrintStream out) {
        this.project = project;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i];
            if (!List.of("--judul", "--tanggal", "--bagian", "--provinsi", "--proyek").contains(key) || i + 1 >= args.length) {
                System.err.println("Pemakaian: scripts/rilis-baru [--judul \"…\"] [--tanggal YYYY-MM-DD] [--bagian berita|pengumuman|publikasi] [--provinsi \"Nama Provinsi\" atau \"\" untuk nasional]");
                System.exit(2);
            }
            given.put(key.substring(2), args[++i]);
        }
        BufferedReader terminal = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Answers answers = new Answers(given, System.console() == null ? null : terminal, System.out);
        Path project = Path.of(given.getOrDefault("proyek", "."));
        try {
            Path written = new NewRelease(project, System.out).write(
                    answers.ask("judul", "Judul rilis (10–200 karakter)", null),
                    answers.ask("tanggal", "Tanggal terbit (YYYY-MM-DD)", LocalDate.now(siteZone(project)).toString()),
                    answers.ask("bagian", "Bagian (berita, pengumuman, publikasi)", "berita"),
                    answers.ask("provinsi", "Provinsi (kosongkan bila nasional)", ""));
            System.out.println("Ditulis: " + written);
            System.out.println("Lengkapi isinya, lalu hapus baris `status: draft` bila siap terbit. Pratinjau (draf ikut tampil, bertanda DRAF): mvn -Ppratinjau -DskipTests package");
        } catch (InvalidAnswer e) {
            System.err.println("Tidak ditulis: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The site's time zone, {@code site.timezone} of the project's jbake.properties (never the machine's). */
    static ZoneId siteZone(Path project) throws IOException, InvalidAnswer {
        java.util.Properties settings = new java.util.Properties();
        try (var in = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidAnswer(project.resolve("jbake.properties") + " tidak ada; jalankan dari folder proyek Warta");
        }
        String zone = settings.getProperty("site.timezone");
        if (zone == null) throw new InvalidAnswer("site.timezone tidak diisi di jbake.properties");
        return ZoneId.of(zone.strip());
    }

    /**
     * Checks the answers and writes the new release into {@code project}'s content; returns its path.
     *
     * @throws InvalidAnswer naming each answer that breaks the contract, or when the file exists
     */
    public static Path create(Path project, String title, String date, String section, String province)
            throws IOException, InvalidAnswer {
        return new NewRelease(project, System.out).write(title, date, section, province);
    }

    /** Checks the answers and writes the file; returns its path. */
    Path write(String title, String date, String section, String province) throws IOException, InvalidAnswer {
        List<String> problems = new ArrayList<>();
        title = title.strip();
        if (title.length() < 10 || title.length() > 200) {
            problems.add("judul: " + title.length() + " karakter (\"" + title + "\"); tulis 10–200 karakter");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add("tanggal: \"" + date + "\" bukan tanggal; tulis YYYY-MM-DD, misalnya 2025-05-24");
        }
        if (!Release.SECTIONS.contains(section.strip())) {
            problems.add("bagian: \"" + section + "\" tidak dikenal; tulis " + String.join(", ", Release.SECTIONS));
        }
        province = province.strip();
        if (!province.isEmpty() && !Provinces.isValid(province)) {
            problems.add("provinsi: \"" + province + "\" bukan salah satu dari 38 provinsi"
                    + Suggestions.nearest(province, Provinces.ALL).map(s -> "; maksud Anda \"" + s + "\"?").orElse("")
                    + " (kosongkan untuk rilis nasional)");
        }
        if (!problems.isEmpty()) throw new InvalidAnswer(String.join("\n  ", problems));

        String slug = shortened(Slugs.of(title));
        if (slug.isEmpty()) {
            throw new InvalidAnswer("judul: \"" + title + "\" tidak memuat huruf latin atau angka, sehingga tidak dapat menjadi "
                    + "alamat halaman; tulis judul dengan huruf a–z atau angka");
        }
        Path file = project.resolve("content").resolve(section.strip()).resolve(Integer.toString(day.getYear())).resolve(slug + ".md");
        Files.createDirectories(file.getParent());
        String number = nextNumber(project, day);
        try {
            Files.writeString(file, text(title, day, province, number), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidAnswer(file + " sudah ada; tidak ditimpa. Pakai judul lain, atau sunting berkas itu.");
        }
        return file;
    }

    /** The longest file name made from a title: an address that fits in a message, a link or a chat. */
    static final int MAX_SLUG = 80;

    /** A slug cut to {@link #MAX_SLUG} characters at a word's end. */
    static String shortened(String slug) {
        if (slug.length() <= MAX_SLUG) return slug;
        String cut = slug.substring(0, MAX_SLUG);
        int dash = cut.lastIndexOf('-');
        return dash > 0 ? cut.substring(0, dash) : cut;
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    /** A {@code number:} line as a person writes it: plain or quoted, maybe with a comment after it. */
    private static final java.util.regex.Pattern NUMBER_LINE =
            java.util.regex.Pattern.compile("^number:\\s*[\"']?(.*?)[\"']?\\s*(?:\\s#.*)?$", java.util.regex.Pattern.MULTILINE);

    /**
     * The release number to propose for a release of {@code date}: the project's {@code release.number.pattern} with
     * the highest {n} of that year's releases (every section) plus one; null when the project sets no pattern.
     */
    static String nextNumber(Path project, LocalDate date) throws IOException {
        java.util.Properties settings = new java.util.Properties();
        try (var in = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        String pattern = settings.getProperty("release.number.pattern");
        if (pattern == null || pattern.isBlank() || !pattern.contains("{n}")) return null;
        String year = Integer.toString(date.getYear());
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.strip().split("(?=\\{)|(?<=})")) {
            regex.append(switch (part) {
                case "{n}" -> "(\\d+)";
                case "{bulan}" -> "[IVXLC]+";
                case "{tahun}" -> year;
                default -> java.util.regex.Pattern.quote(part);
            });
        }
        java.util.regex.Pattern numbered = java.util.regex.Pattern.compile(regex.toString());
        int highest = 0;
        for (String section : Release.SECTIONS) {
            Path folder = project.resolve("content").resolve(section).resolve(year);
            if (!Files.isDirectory(folder)) continue;
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    java.util.regex.Matcher line = NUMBER_LINE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                    while (line.find()) {
                        java.util.regex.Matcher n = numbered.matcher(line.group(1).strip());
                        if (n.matches()) highest = Math.max(highest, Integer.parseInt(n.group(1)));
                    }
                }
            }
        }
        return pattern.strip().replace("{n}", String.format(java.util.Locale.ROOT, "%03d", highest + 1))
                .replace("{bulan}", ROMAN[date.getMonthValue() - 1]).replace("{tahun}", year);
    }

    /** The new file: the answers, then every optional field as commented guidance. */
    static String text(String title, LocalDate date, String province) {
        return text(title, date, province, null);
    }

    /** The new file, with a proposed release number (or a hint for one when {@code number} is null). */
    static String text(String title, LocalDate date, String province, String number) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return """
                ---
                # Rilis baru. Isian wajib: title, date, summary. Baris yang diawali # adalah petunjuk dan tidak dibaca;
                # hapus # di depan sebuah isian untuk memakainya. Panduan lengkap: docs/panduan-penulis.md
                title: %s
                date: %s                      # tanggal terbit; boleh dengan jam: 2025-05-24T09:00:00+07:00
                %s
                # Rilis berstatus draft tidak pernah terbit. Hapus baris ini bila rilis siap dibaca publik.
                status: draft
                summary: >-
                  %s
                %s
                # regency: Kota Kendari              # kabupaten atau kota
                # event:                             # kegiatan yang diberitakan; start dan venue wajib bila ada
                #   name: Rapat Koordinasi Daerah Bidang Koperasi dan UKM
                #   start: %sT09:00:00+07:00     # WIB +07:00, WITA +08:00, WIT +09:00
                #   end: %s
                #   venue: Aula Dinas Koperasi dan UKM
                #   participants: 34                 # jumlah peserta, bilangan bulat
                #   theme: "Tema kegiatan"
                #   organizer: Dinas Koperasi dan UKM Provinsi …
                # speakers:                          # narasumber: name dan role wajib
                #   - name: Nama Lengkap, gelar
                #     role: Jabatan
                #     organization: Lembaga          # boleh tidak diisi
                # topics: [perencanaan, pengawasan koperasi]
                # figures:                           # angka yang disebut: value berupa angka
                #   - {label: Koperasi aktif, value: 2300, unit: unit, year: 2024}
                # image:                             # foto: alt (keterangan untuk pembaca layar) wajib
                #   src: nama-foto.jpg               # di samping berkas ini atau di assets/
                #   alt: Peserta rapat berfoto bersama di aula
                #   caption: Keterangan foto
                #   credit: Humas Dinas Koperasi dan UKM
                # attachments:                       # berkas unduhan (PDF) di samping berkas ini
                #   - {src: bahan-paparan.pdf, title: Bahan paparan (PDF)}
                # source: {name: Nama media, url: "https://…"}   # bila berita pertama kali terbit di tempat lain
                # contact: {name: Humas …, phone: "+62 …", email: humas@….go.id}   # bila beda dari kontak situs
                # slug: judul-singkat                # alamat halaman; bawaan: nama berkas ini
                # updated: %s                # tanggal pembaruan, tidak sebelum date
                # changes:                           # koreksi publik, terbaru di atas
                #   - {date: %s, note: Jumlah peserta diperbaiki.}
                # aliases: [/lama/alamat-lama.html]  # alamat lama yang harus mengarah ke sini
                ---
                %s
                """.formatted(quoted, date, number == null
                        ? "# number: 001/HUMAS/…/I/" + date.getYear() + "      # nomor siaran pers, unik dalam setahun"
                        : "number: " + number + "   # usulan nomor berikutnya; periksa buku agenda humas",
                Scaffold.SUMMARY, province.isEmpty()
                        ? "# province: Jawa Barat                # satu dari 38 provinsi; tanpa province berarti nasional"
                        : "province: " + province, date, date, date, date, Scaffold.BODY);
    }

    /** An answer that breaks the contract: the message names the field and what to write. */
    public static final class InvalidAnswer extends Exception {
        InvalidAnswer(String message) {
            super(message);
        }
    }

    /** The given answers, the rest asked for on the terminal. */
    private record Answers(Map<String, String> given, BufferedReader terminal, PrintStream out) {
        String ask(String key, String question, String fallback) throws IOException, InvalidAnswer {
            if (given.containsKey(key)) return given.get(key);
            if (terminal == null) {
                if (fallback != null) return fallback;
                throw new InvalidAnswer("--" + key + " tidak diberikan dan tidak ada terminal untuk bertanya");
            }
            out.print(question + (fallback == null || fallback.isEmpty() ? "" : " [" + fallback + "]") + ": ");
            out.flush();
            String line = terminal.readLine();
            if (line == null || line.isBlank()) {
                if (fallback != null) return fallback;
                throw new InvalidAnswer(key + " wajib diisi");
            }
            return line.strip();
        }
    }
}
