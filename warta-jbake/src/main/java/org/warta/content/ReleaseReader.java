package org.warta.content;

import org.warta.content.Release.Attachment;
import org.warta.content.Release.Change;
import org.warta.content.Release.Contact;
import org.warta.content.Release.Event;
import org.warta.content.Release.Figure;
import org.warta.content.Release.Image;
import org.warta.image.Format;
import org.warta.content.Release.Source;
import org.warta.content.Release.Speaker;
import org.warta.content.Release.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a release file and checks it against the content contract (section 1). Every problem of the
 * file is collected; {@link #read} throws them together.
 */
public final class ReleaseReader {
    private static final Set<String> FIELDS = Fields.keys(Fields.ALL);
    private static final Set<String> EVENT_FIELDS = Fields.top("event").partKeys();
    private static final Set<String> CHANGE_FIELDS = Fields.top("changes").partKeys();
    private static final Set<String> SPEAKER_FIELDS = Fields.top("speakers").partKeys();
    private static final Set<String> FIGURE_FIELDS = Fields.top("figures").partKeys();
    private static final Set<String> IMAGE_FIELDS = Fields.top("image").partKeys();
    private static final Set<String> ATTACHMENT_FIELDS = Fields.top("attachments").partKeys();
    private static final Set<String> SOURCE_FIELDS = Fields.top("source").partKeys();
    private static final Set<String> CONTACT_FIELDS = Fields.top("contact").partKeys();
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** How the problem of a date whose year is not the file's folder begins (the editor moves a draft instead). */
    public static final String YEAR_FOLDER = "tahun tanggal terbit (";
    /** Containers (quotes, list items) open on one line of the body; a real release nests three or four. */
    static final int MAX_BODY_NESTING = 32;
    /** '[' in a body (links, images, references): a long release has a few hundred. */
    static final int MAX_BODY_BRACKETS = 2_000;
    /** '<' in a body (HTML tags): Markdown needs none. */
    static final int MAX_BODY_TAGS = 5_000;
    /** A real date and time without an offset, which is never guessed. */
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB_URL = Pattern.compile("https?://\\S+");
    /** A site path: segments of anything but blanks, '?', '#' and '\\', none of them "." or "..". */
    private static final Pattern ALIAS = Pattern.compile("(/(?!\\.\\.?(/|$))[^\\s?#/\\\\]+)+/?");
    /**
     * An old address as a server reads it, its {@code %XX} decoded: still no empty, {@code .} or {@code ..} segment and
     * no backslash (a server would read them as a path), and with the control characters checked apart; a decoded
     * space, {@code ?} or {@code #} is a character of the name.
     */
    private static final Pattern DECODED_ALIAS = Pattern.compile("(/(?!\\.\\.?(/|$))[^/\\\\]+)+/?");

    /**
     * A character of a decoded old address that would hide or break a line of a server's configuration: a control
     * character, a line or paragraph separator, or a format character (U+202E reverses what follows on screen).
     */
    private static boolean hiddenInAConfiguration(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private final Path projectDir;
    private final Path contentDir;
    private final Path assetsDir;
    private final ZoneId zone;

    /**
     * @param projectDir the project folder, against which file names in messages are written
     * @param contentDir the content folder ({@code <project>/content})
     * @param assetsDir  the assets folder ({@code <project>/assets}), the second home of images and attachments
     * @param zone       the site's time zone: a date without a time means midnight there
     */
    public ReleaseReader(Path projectDir, Path contentDir, Path assetsDir, ZoneId zone) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.assetsDir = assetsDir.toAbsolutePath().normalize();
        this.zone = zone;
    }

    /** Reads and checks one release file. @throws ContentException with every problem the file has */
    public Release read(Path file) {
        try {
            return read(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Checks a release file's bytes as if read from {@code file}. @throws ContentException with every problem */
    public Release read(Path file, byte[] bytes) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = projectDir.relativize(absolute).toString().replace('\\', '/');
        FrontMatter frontMatter = FrontMatter.parse(name, bytes);
        Check check = new Check(frontMatter, absolute);
        Release release = check.release();
        if (!check.problems.isEmpty()) throw new ContentException(check.problems);
        return release;
    }

    /** The checks of one file; collects problems instead of stopping at the first. */
    private final class Check {
        private final FrontMatter fm;
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();

        Check(FrontMatter fm, Path file) {
            this.fm = fm;
            this.file = file;
        }

        Release release() {
            Map<String, Object> top = fm.values();
            unknownKeys(top, "", FIELDS);

            String title = text(top, "title", true, 10, 200);
            Moment date = moment(top, "date", true);
            String summary = text(top, "summary", true, 50, 400);
            Status status = status(top);
            String slug = slug(top);
            Moment updated = moment(top, "updated", false);
            if (updated != null && date != null && updated.compareTo(date) < 0) {
                add("updated", "tanggal pembaruan " + updated.iso() + " lebih awal dari tanggal terbit " + date.iso()
                        + "; tulis tanggal yang sama atau sesudahnya");
            }
            List<Change> changes = list(top, "changes", (item, path) -> {
                Map<String, Object> map = map(item, path, CHANGE_FIELDS);
                if (map == null) return null;
                return new Change(moment(map, path + ".date", true), text(map, path + ".note", true, 1, 1000));
            });
            String province = province(top);
            String regency = text(top, "regency", false, 1, 200);
            Event event = event(top);
            List<Speaker> speakers = list(top, "speakers", (item, path) -> {
                Map<String, Object> map = map(item, path, SPEAKER_FIELDS);
                if (map == null) return null;
                return new Speaker(text(map, path + ".name", true, 1, 200), text(map, path + ".role", true, 1, 300),
                        text(map, path + ".organization", false, 1, 300));
            });
            List<String> topics = list(top, "topics", (item, path) -> {
                String topic = scalarText(item, path, 1, 80);
                if (topic != null && Slugs.of(topic).isEmpty()) {
                    add(path, "topik \"" + topic + "\" harus memuat huruf atau angka");
                    return null;
                }
                return topic;
            });
            List<Figure> figures = list(top, "figures", (item, path) -> {
                Map<String, Object> map = map(item, path, FIGURE_FIELDS);
                if (map == null) return null;
                return new Figure(text(map, path + ".label", true, 1, 200), number(map, path + ".value"),
                        text(map, path + ".unit", false, 1, 50), year(map, path + ".year"));
            });
            Image image = top.containsKey("image") ? image(top.get("image"), "image") : null;
            List<Image> photos = list(top, "photos", this::image);
            List<Attachment> attachments = list(top, "attachments", (item, path) -> {
                Map<String, Object> map = map(item, path, ATTACHMENT_FIELDS);
                if (map == null) return null;
                String src = text(map, path + ".src", true, 1, 300);
                return new Attachment(src, src == null ? null : fileUrl(src, path + ".src", "lampiran"),
                        text(map, path + ".title", true, 1, 200));
            });
            Source source = source(top);
            Contact contact = contact(top);
            List<String> aliases = list(top, "aliases", (item, path) -> {
                String alias = scalarText(item, path, 1, 300);
                if (alias == null) return null;
                String decoded = Addresses.decoded(alias);
                if (!ALIAS.matcher(alias).matches() || !DECODED_ALIAS.matcher(decoded).matches()
                        || decoded.codePoints().anyMatch(ReleaseReader::hiddenInAConfiguration)) {
                    add(path, "alamat lama \"" + alias + "\" harus berupa path situs ini yang diawali '/', tanpa spasi, '?', '#', '//' "
                            + "atau '..', juga tanpa karakter kendali, '\\', '//' atau '..' dalam sandi %XX, mis. /berita/rakorda-sultra.html");
                    return null;
                }
                if (!Addresses.isUtf8(alias)) {
                    add(path, "alamat lama \"" + alias + "\" memuat sandi %XX yang bukan huruf UTF-8; salin alamatnya dari "
                            + "peramban apa adanya");
                    return null;
                }
                // as a server reads it: its file is the decoded path's (a %2E is a dot)
                List<String> segments = java.util.Arrays.stream(decoded.split("/")).filter(part -> !part.isEmpty()).toList();
                if (segments.stream().anyMatch(part -> part.endsWith(".") || part.endsWith(" "))) {
                    add(path, "alamat lama \"" + alias + "\" memuat bagian yang diakhiri titik atau spasi, yang dibuang "
                            + "Windows dari nama berkas; hapus titik atau spasinya");
                    return null;
                }
                if (segments.stream().anyMatch(part -> part.startsWith("."))) {
                    add(path, "alamat lama \"" + alias + "\" memuat bagian yang diawali titik (berkas tersembunyi, yang tidak "
                            + "dilayani server); hapus baris ini");
                    return null;
                }
                String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
                if (decoded.endsWith("/") && last.contains(".")) {
                    add(path, "alamat lama \"" + alias + "\" diakhiri '/' tetapi bagian terakhirnya bertitik, seperti nama berkas; "
                            + "tulis tanpa '/' di akhir bila alamat itu halaman .html, atau hapus baris ini");
                    return null;
                }
                if (!decoded.endsWith("/") && last.contains(".") && !last.endsWith(".html")) {
                    add(path, "alamat lama \"" + alias + "\" tidak dapat dilayani situs statis ini; hanya alamat yang "
                            + "diakhiri '/' atau '.html' yang dapat diarahkan ke rilis");
                    return null;
                }
                return alias;
            });
            String number = text(top, "number", false, 1, 100);
            bodyLimits();
            if (status != Status.DRAFT) placeholders(summary);
            String section = location(date);
            if (slug == null) slug = fileSlug();
            return new Release(fm.file(), section, slug, title, date, summary, status, updated, changes, province,
                    regency, event, speakers, topics, figures, image, photos, attachments, source, contact, aliases, number, fm.body(), fm.lines());
        }

        /**
         * The placeholders of a new release file ({@link Scaffold}) in a release that is not a draft: its summary
         * and body would be published as they are.
         */
        private void placeholders(String summary) {
            if (Scaffold.holds(summary, Scaffold.SUMMARY)) {
                add("summary", "ringkasan masih teks contoh dari scripts/rilis-baru (\"Tulis ringkasan 50–400 karakter di "
                        + "sini …\"); tulis ringkasan rilis ini: apa, siapa, di mana dan kapan; atau kembalikan status: draft "
                        + "bila rilis belum siap terbit");
            }
            String[] lines = fm.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (Scaffold.holds(lines[i], Scaffold.BODY)) {
                    problems.add(new Problem(fm.file(), fm.line(FrontMatter.BODY) + i, FrontMatter.BODY,
                            "isi masih memuat teks contoh dari scripts/rilis-baru (\"Tulis isi rilis di sini …\"); ganti "
                                    + "dengan isi rilis ini; atau kembalikan status: draft bila rilis belum siap terbit"));
                    return;
                }
            }
        }

        /**
         * What the Markdown reader cannot take in bounded time and memory: blocks nested hundreds deep (quotes
         * in quotes, lists in lists) overflow its stack, and thousands of links or tags make it quadratic. No
         * release needs either; each is reported at the line where the limit is crossed.
         */
        private void bodyLimits() {
            String[] lines = fm.body().split("\n", -1);
            int first = fm.line(FrontMatter.BODY);
            int brackets = 0;
            int tags = 0;
            String fence = null;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String stripped = line.strip();
                if (fence != null) {
                    if (stripped.startsWith(fence)) fence = null;
                    continue; // code is shown as it is written, never nested
                }
                if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                    fence = stripped.substring(0, 3);
                    continue;
                }
                boolean rule = !stripped.isEmpty() && stripped.chars().allMatch(c -> c == '*' || c == '-' || c == '_' || c == ' ');
                int depth = rule ? 0 : nesting(line);
                if (depth > MAX_BODY_NESTING) {
                    problems.add(new Problem(fm.file(), first + i, FrontMatter.BODY, "baris ini bertingkat " + depth
                            + " lapis (kutipan '>' atau daftar di dalam daftar); paling banyak " + MAX_BODY_NESTING
                            + ", sederhanakan susunannya"));
                    return;
                }
                if (rule && stripped.length() > 200) {
                    problems.add(new Problem(fm.file(), first + i, FrontMatter.BODY, "garis pemisah ini sepanjang "
                            + line.strip().length() + " karakter; tulis tiga saja: ---"));
                    return;
                }
                brackets += count(line, '[');
                tags += count(line, '<');
                if (brackets > MAX_BODY_BRACKETS || tags > MAX_BODY_TAGS) {
                    problems.add(new Problem(fm.file(), first + i, FrontMatter.BODY, "isi memuat lebih dari "
                            + (brackets > MAX_BODY_BRACKETS ? MAX_BODY_BRACKETS + " tanda '[' (tautan dan gambar)"
                            : MAX_BODY_TAGS + " tanda '<' (tag HTML)") + " sampai baris ini; pecah menjadi beberapa "
                            + "rilis atau lampirkan sebagai PDF"));
                    return;
                }
            }
        }

        /** How many containers open at the start of a line: quote markers and list markers, before its text. */
        private static int nesting(String line) {
            int depth = 0;
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && line.charAt(i) == ' ') i++;
                if (i < line.length() && line.charAt(i) == '>') {
                    depth++;
                    i++;
                    continue;
                }
                int marker = listMarker(line, i);
                if (marker < 0) break;
                depth++;
                i = marker;
            }
            return depth;
        }

        /** The index after a list marker ({@code - }, {@code * }, {@code + }, {@code 1. }, {@code 1) }) at i, or -1. */
        private static int listMarker(String line, int i) {
            if (i + 1 < line.length() && "-*+".indexOf(line.charAt(i)) >= 0 && line.charAt(i + 1) == ' ') return i + 2;
            int j = i;
            while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) j++;
            if (j > i && j + 1 < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')') && line.charAt(j + 1) == ' ') {
                return j + 2;
            }
            return -1;
        }

        private static int count(String line, char c) {
            int n = 0;
            for (int i = 0; i < line.length(); i++) if (line.charAt(i) == c) n++;
            return n;
        }

        /** The section from the folder; checks {@code content/<section>/<yyyy>/<slug>.md} against {@code date}. */
        private String location(Moment date) {
            Path relative = contentDir.relativize(file);
            if (relative.getNameCount() != 3) {
                problems.add(new Problem(fm.file(), 1, "berkas", "letak berkas harus content/<bagian>/<tahun>/<slug>.md, "
                        + "mis. content/berita/2023/rakorda-sultra.md"));
                return Release.SECTIONS.get(0);
            }
            String section = relative.getName(0).toString();
            String year = relative.getName(1).toString();
            if (!Release.SECTIONS.contains(section)) {
                problems.add(new Problem(fm.file(), 1, "berkas", "folder bagian \"" + section + "\" tidak dikenal"
                        + suggestion(section, Release.SECTIONS) + "; pilih berita, pengumuman atau publikasi"));
            }
            if (date != null && !year.equals(String.valueOf(date.year()))) {
                add("date", YEAR_FOLDER + date.year() + ") tidak cocok dengan folder \"" + year
                        + "\"; pindahkan berkas ke content/" + section + "/" + date.year() + "/ atau perbaiki tanggalnya");
            }
            return section;
        }

        private String fileSlug() {
            String name = file.getFileName().toString();
            String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
            if (!Slugs.VALID.matcher(base).matches()) {
                problems.add(new Problem(fm.file(), 1, "berkas", "nama berkas \"" + name + "\" tidak dapat menjadi alamat; "
                        + "gunakan huruf kecil, angka dan '-', mis. " + Slugs.of(base) + ".md, atau tulis kolom slug"));
            }
            return base;
        }

        private Status status(Map<String, Object> top) {
            String value = text(top, "status", false, 1, 20);
            if (value == null) return Status.PUBLISHED;
            for (Status status : Status.values()) {
                if (status.key().equals(value)) return status;
            }
            add("status", "status \"" + value + "\" tidak dikenal; tulis published, draft atau withdrawn");
            return Status.PUBLISHED;
        }

        private String slug(Map<String, Object> top) {
            String value = text(top, "slug", false, 1, 200);
            if (value != null && !Slugs.VALID.matcher(value).matches()) {
                add("slug", "\"" + value + "\" bukan slug yang sah; gunakan huruf kecil, angka dan '-', mis. " + Slugs.of(value));
                return null;
            }
            return value;
        }

        private String province(Map<String, Object> top) {
            String value = text(top, "province", false, 1, 100);
            if (value != null && !Provinces.isValid(value)) {
                add("province", "provinsi \"" + value + "\" tidak dikenal" + suggestion(value, Provinces.ALL)
                        + "; tulis nama salah satu dari 38 provinsi seperti di panduan, atau hapus kolom ini untuk berita nasional");
                return null;
            }
            return value;
        }

        private Event event(Map<String, Object> top) {
            if (!top.containsKey("event")) return null;
            Map<String, Object> map = map(top.get("event"), "event", EVENT_FIELDS);
            if (map == null) return null;
            Moment start = moment(map, "event.start", true);
            Moment end = moment(map, "event.end", false);
            if (start != null && end != null && endsBeforeStart(start, end)) {
                add("event.end", (end.hasTime() && start.hasTime() ? "acara selesai " : "tanggal selesai ") + end.iso()
                        + " lebih awal dari " + (end.hasTime() && start.hasTime() ? "mulainya " : "tanggal mulai ") + start.iso()
                        + "; tulis waktu selesai yang sama atau sesudah waktu mulai");
            }
            Long participants = null;
            if (map.containsKey("participants")) {
                Object value = map.get("participants");
                if (value instanceof Long count && count >= 0) {
                    participants = count;
                } else {
                    add("event.participants", "jumlah peserta harus bilangan bulat 0 atau lebih, bukan \""
                            + shown("event.participants", value) + "\"; tulis mis. participants: 34");
                }
            }
            return new Event(text(map, "event.name", false, 1, 300), start, end, text(map, "event.venue", true, 1, 300),
                    participants, text(map, "event.theme", false, 1, 500), text(map, "event.organizer", false, 1, 300));
        }

        /**
         * Whether a meeting ends before it starts: two times are compared as instants; when either is a date alone
         * (a whole day), only the calendar dates, so that a one-day meeting may give its start time and no end time.
         */
        private boolean endsBeforeStart(Moment start, Moment end) {
            if (start.hasTime() && end.hasTime()) return end.compareTo(start) < 0;
            return end.date().isBefore(start.date());
        }

        /** The lead image or one photo of the gallery, at {@code path} ({@code image}, {@code photos[2]}). */
        private Image image(Object value, String path) {
            Map<String, Object> map = map(value, path, IMAGE_FIELDS);
            if (map == null) return null;
            String src = text(map, path + ".src", true, 1, 300);
            String url = null;
            if (src != null) {
                Format named = Format.ofName(src);
                if (named == Format.HEIF || named == Format.AVIF) {
                    add(path + ".src", "foto \"" + src + "\" berformat " + named.label() + ", yang belum dapat ditampilkan semua "
                            + "peramban; ekspor sebagai JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel, atau "
                            + "bagikan foto lewat Mail/WhatsApp), lalu tulis nama berkas .jpg-nya");
                } else {
                    url = fileUrl(src, path + ".src", "gambar");
                    if (url != null && !named.raster() && named != Format.SVG) {
                        add(path + ".src", "gambar \"" + src + "\" harus berupa berkas JPEG, PNG, WebP atau SVG (.jpg, .png, "
                                + ".webp, .svg); simpan ulang gambarnya dalam salah satu format itu");
                        url = null;
                    }
                }
            }
            return new Image(src, url, text(map, path + ".alt", true, 1, 300), text(map, path + ".caption", false, 1, 500),
                    text(map, path + ".credit", false, 1, 200));
        }

        private Source source(Map<String, Object> top) {
            if (!top.containsKey("source")) return null;
            Map<String, Object> map = map(top.get("source"), "source", SOURCE_FIELDS);
            if (map == null) return null;
            String url = text(map, "source.url", false, 1, 500);
            if (url != null && !WEB_URL.matcher(url).matches()) {
                add("source.url", "alamat \"" + url + "\" harus diawali http:// atau https://");
                url = null;
            }
            return new Source(text(map, "source.name", true, 1, 200), url);
        }

        private Contact contact(Map<String, Object> top) {
            if (!top.containsKey("contact")) return null;
            Map<String, Object> map = map(top.get("contact"), "contact", CONTACT_FIELDS);
            if (map == null) return null;
            String email = text(map, "contact.email", false, 3, 200);
            if (email != null && !EMAIL.matcher(email).matches()) {
                add("contact.email", "\"" + email + "\" bukan alamat surel; tulis mis. humas@diskop.example.go.id");
                email = null;
            }
            return new Contact(text(map, "contact.name", true, 1, 200), text(map, "contact.phone", false, 3, 50), email);
        }

        /** The published path of an image or attachment next to the release or under assets/. */
        private String fileUrl(String src, String path, String what) {
            if (src.startsWith("/") || src.contains("\\") || src.contains("://") || src.startsWith("data:")) {
                add(path, what + " \"" + src + "\" harus berupa nama berkas relatif, mis. foto-rakorda.jpg");
                return null;
            }
            Path beside = file.getParent().resolve(src).normalize();
            if (beside.startsWith(file.getParent()) && Files.isRegularFile(beside)) {
                return "/" + contentDir.relativize(beside).toString().replace('\\', '/');
            }
            Path asset = assetsDir.resolve(src).normalize();
            if (asset.startsWith(assetsDir) && Files.isRegularFile(asset)) {
                return "/" + assetsDir.relativize(asset).toString().replace('\\', '/');
            }
            if (!beside.startsWith(file.getParent()) || !asset.startsWith(assetsDir)) {
                add(path, what + " \"" + src + "\" menunjuk ke luar folder berita dan assets/; simpan berkasnya di samping berita atau di assets/");
            } else {
                add(path, what + " \"" + src + "\" tidak ditemukan di " + projectDir.relativize(file.getParent()).toString().replace('\\', '/')
                        + "/ maupun di assets/; periksa nama berkasnya (huruf besar-kecil dibedakan)");
            }
            return null;
        }

        // ---- generic field checks: each names the field, quotes the bad value and says what is expected

        private void unknownKeys(Map<String, Object> map, String prefix, Set<String> allowed) {
            for (String key : map.keySet()) {
                if (!allowed.contains(key)) {
                    String path = prefix.isEmpty() ? key : prefix + "." + key;
                    problems.add(new Problem(fm.file(), fm.line(path), path, "kolom \"" + key + "\" tidak dikenal"
                            + suggestion(key, allowed) + "; lihat daftar kolom di panduan penulis"));
                }
            }
        }

        private Map<String, Object> map(Object value, String path, Set<String> allowed) {
            if (!(value instanceof Map<?, ?>)) {
                add(path, "harus berupa kolom bertingkat (mis. " + allowed.stream().sorted().findFirst().orElse("name")
                        + ": …), bukan \"" + shown(path, value) + "\"");
                return null;
            }
            @SuppressWarnings("unchecked") Map<String, Object> map = (Map<String, Object>) value;
            unknownKeys(map, path, allowed);
            return map;
        }

        private <T> List<T> list(Map<String, Object> top, String key, ItemReader<T> reader) {
            if (!top.containsKey(key)) return List.of();
            Object value = top.get(key);
            if (!(value instanceof List<?> items)) {
                add(key, "harus berupa daftar (baris-baris yang diawali '- '), bukan \"" + shown(key, value) + "\"");
                return List.of();
            }
            List<T> result = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                T item = reader.read(items.get(i), key + "[" + i + "]");
                if (item != null) result.add(item);
            }
            return List.copyOf(result);
        }

        private String text(Map<String, Object> map, String path, boolean required, int min, int max) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            Object value = map.get(key);
            if (value == null) {
                if (required) {
                    problems.add(new Problem(fm.file(), map.containsKey(key) ? fm.line(path) : parentLine(path), path,
                            "kolom wajib belum diisi; tulis " + key + ": diikuti isinya"));
                }
                return null;
            }
            return scalarText(value, path, min, max);
        }

        private String scalarText(Object value, String path, int min, int max) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                add(path, "harus berupa teks, bukan daftar atau kolom bertingkat");
                return null;
            }
            String text = fm.text(path) != null ? fm.text(path).strip() : String.valueOf(value).strip();
            int length = text.codePointCount(0, text.length());
            if (length < min || length > max) {
                String quoted = length > 60 ? text.substring(0, 57) + "…" : text;
                add(path, (length < min ? "terlalu pendek" : "terlalu panjang") + " (" + length + " karakter): \"" + quoted
                        + "\"; tulis " + (min == max ? min : min + "–" + max) + " karakter");
                return null;
            }
            return text;
        }

        private Moment moment(Map<String, Object> map, String path, boolean required) {
            String text = text(map, path, required, 1, 40);
            if (text == null) return null;
            return Moment.parse(text, zone).orElseGet(() -> {
                if (LOCAL_DATE_TIME.matcher(text).matches()) {
                    add(path, "jam pada \"" + text + "\" belum bertanda zona waktu; tambahkan +07:00 (WIB), +08:00 (WITA) "
                            + "atau +09:00 (WIT), mis. " + text + "+08:00");
                } else {
                    add(path, "tanggal \"" + text + "\" tidak dikenali; tulis YYYY-MM-DD (mis. 2023-05-24) atau tanggal dan jam "
                            + "dengan zona waktu (mis. 2023-05-24T19:30:00+08:00)");
                }
                return null;
            });
        }

        private Number number(Map<String, Object> map, String path) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            Object value = map.get(key);
            if (value instanceof Long || value instanceof Double) return (Number) value;
            if (value == null && !map.containsKey(key)) {
                problems.add(new Problem(fm.file(), parentLine(path), path, "kolom wajib belum diisi; tulis " + key + ": diikuti angkanya"));
            } else {
                add(path, "harus berupa angka tanpa titik ribuan, bukan \"" + shown(path, value) + "\"; tulis mis. 2300 atau 85.3");
            }
            return null;
        }

        private Integer year(Map<String, Object> map, String path) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (!map.containsKey(key)) return null;
            Object value = map.get(key);
            if (value instanceof Long year && YEAR.matcher(String.valueOf(year)).matches()) return year.intValue();
            add(path, "tahun harus empat angka, bukan \"" + shown(path, value) + "\"; tulis mis. 2021");
            return null;
        }

        private int parentLine(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? fm.startLine() : fm.line(path.substring(0, dot));
        }

        private String shown(String path, Object value) {
            if (fm.text(path) != null) return fm.text(path);
            if (value instanceof List<?>) return "daftar";
            if (value instanceof Map<?, ?>) return "kolom bertingkat";
            return String.valueOf(value);
        }

        private void add(String path, String message) {
            problems.add(new Problem(fm.file(), fm.line(path), path, message));
        }
    }

    private static String suggestion(String value, java.util.Collection<String> options) {
        return Suggestions.nearest(value, options).map(s -> " (maksud Anda: " + s + "?)").orElse("");
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(Object item, String path);
    }
}
