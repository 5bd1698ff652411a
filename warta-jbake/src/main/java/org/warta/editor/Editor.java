package org.warta.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warta.author.NewRelease;
import org.warta.content.ContentException;
import org.warta.content.ParsedRelease;
import org.warta.content.Problem;
import org.warta.content.Release;
import org.warta.content.ReleaseReader;
import org.warta.content.Slugs;
import org.warta.image.Format;
import org.warta.image.PhotoException;
import org.warta.image.PhotoProcessor;
import org.warta.photos.Photos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URI;
import java.nio.file.LinkOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.content.Addresses;
import org.warta.content.FrontMatter;
import org.warta.content.Moment;

/**
 * The preview's editor, at {@value #ROOT}: the list of releases, a form for one release generated from the content
 * model, live checks by the bake's own reader, photo upload, and the editorial actions. It answers the preview
 * server's requests under {@value #ROOT} and nowhere else; it exists only in the preview, never in a baked site.
 *
 * <p>Every write is guarded ({@link Guard}: this run's token and the preview's own origin), names its file through
 * {@link ReleaseFiles} (never outside {@code content/}), is checked before it is written (a file the bake would
 * refuse is not written), and replaces a file only while it still has the version the author opened.</p>
 */
public final class Editor {
    public static final String ROOT = "/_tulis/";
    /** The largest form accepted: a release file's limit, and room for the form's own names. */
    public static final int MAX_FORM_BYTES = FrontMatter.MAX_FILE_BYTES + (1 << 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path project;
    private final ReleaseFiles files;
    private final ReleaseReader reader;
    private final Shelf shelf;
    private final Guard guard;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param project the project folder (with {@code content/}, {@code assets/} and {@code jbake.properties})
     * @param port    the preview's port: the origin its pages have
     */
    public Editor(Path project, int port) throws IOException {
        this(project, new Guard(port), Clock.systemUTC());
    }

    Editor(Path project, Guard guard, Clock clock) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.zone = siteZone(this.project);
        this.files = new ReleaseFiles(this.project.resolve("content"));
        this.reader = new ReleaseReader(this.project, files.content(), this.project.resolve("assets"), zone);
        this.shelf = new Shelf(files, reader);
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Why a POST is refused before its body is read, or null: the server asks this first, so that another page
     * cannot make it read 50 MB (a photo's limit) only to be refused.
     *
     * @param headers the request's headers, names in lower case
     */
    public String refusalBeforeBody(String path, Map<String, String> headers) {
        String refusal = guard.refusalBeforeBody(headers, path.equals(ROOT + "foto"));
        return refusal == null ? null : "Ditolak: " + refusal + ". Tidak ada berkas yang ditulis.";
    }

    /**
     * Whether a path of the site ({@code berita/2023/lampiran.html}) is a file copied as it is from {@code content/} or
     * {@code assets/}: written by someone, not made by the bake's templates.
     */
    public boolean writtenByAuthors(String sitePath) {
        if (sitePath.startsWith("/")) sitePath = sitePath.substring(1);
        for (Path folder : List.of(files.content(), project.resolve("assets"))) {
            Path file = folder.resolve(sitePath).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)) return true;
        }
        return false;
    }

    /** The largest request body a path may send: a photo's limit for uploads, a form's otherwise. */
    public static long maxBody(String path) {
        return path.equals(ROOT + "foto") ? Photos.MAX_SOURCE_BYTES : MAX_FORM_BYTES;
    }

    /**
     * Answers one request under {@value #ROOT}.
     *
     * @param method  GET, HEAD or POST
     * @param target  the request target
     * @param headers the headers, names in lower case
     * @param body    the body, at most {@link #maxBody} bytes
     */
    public Answer answer(String method, URI target, Map<String, String> headers, byte[] body) {
        Exchange.Request request = new Exchange.Request(method, target, headers, body);
        try {
            Exchange.Response response = route(request);
            return new Answer(response.status(), response.type(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The editor's answer, for the server to send. */
    public record Answer(int status, String type, byte[] body, Map<String, String> headers) {
    }

    private Exchange.Response route(Exchange.Request request) throws IOException {
        String path = request.target().getPath();
        if (request.post()) {
            String refusal = guard.refusal(request, request.header("content-type") != null
                    && request.header("content-type").startsWith("application/x-www-form-urlencoded")
                    ? request.form().get(Guard.FIELD) : null);
            if (refusal != null && path.equals(ROOT + "simpan") && guard.refusalBeforeBody(request.headers(), false) == null) {
                return staleForm(request);
            }
            if (refusal != null) return Exchange.Response.text(403, "Ditolak: " + refusal + ". Tidak ada berkas yang ditulis.");
            return switch (path) {
                case ROOT + "baru" -> create(request.form());
                case ROOT + "periksa" -> check(request);
                case ROOT + "simpan" -> save(request);
                case ROOT + "simpan-teks" -> saveText(request);
                case ROOT + "foto" -> upload(request);
                default -> Exchange.Response.text(404, "Tidak ada.");
            };
        }
        return switch (path) {
            case ROOT -> Exchange.Response.html(200, ListPage.render(shelf.entries(), request.query("q"),
                    request.query("bagian"), request.query("status"), number(request.query("halaman")), clock, guard.token()));
            case ROOT + "baru" -> Exchange.Response.html(200, NewReleasePage.render(Map.of(), null, today(), guard.token()));
            case ROOT + "sunting" -> edit(request.query("berkas"), request.query("kabar"));
            case ROOT + "teks" -> text(request.query("berkas"));
            case ROOT + "gambar" -> picture(request.query("berkas"), request.query("nama"));
            case ROOT + "buka" -> open(request.query("alamat"));
            case ROOT + "tulis.css" -> resource("tulis.css", "text/css; charset=utf-8");
            case ROOT + "tulis.js" -> resource("tulis.js", "text/javascript; charset=utf-8");
            default -> Exchange.Response.text(404, "Tidak ada.");
        };
    }

    // ---- pages

    private Exchange.Response edit(String name, String notice) throws IOException {
        Path file = files.release(name, true);
        if (file == null) return notFound(name);
        byte[] bytes = Files.readAllBytes(file);
        EditableFile editable;
        try {
            editable = EditableFile.of(fileName(file), bytes);
        } catch (ContentException unreadable) {
            // the form needs the front matter read; the text view shows why it cannot be
            return Exchange.Response.seeOther(ROOT + "teks?berkas=" + encode(name));
        }
        Checked checked = checked(file, bytes);
        FormPage.View view = new FormPage.View(name, editable.values(), editable.body(), ReleaseFiles.version(bytes),
                checked.release() == null ? null : Shelf.state(checked.release(), clock),
                checked.release() == null ? null : checked.release().permalink(), checked.problems(), notice(notice), null);
        return Exchange.Response.html(200, FormPage.render(view, shelf.vocabulary(), guard.token()));
    }

    /** From a page of the preview to the form of the release it shows, or to the list for any other page. */
    private Exchange.Response open(String address) throws IOException {
        if (address != null) {
            for (Shelf.Entry entry : shelf.entries()) {
                if (entry.release() != null && entry.release().permalink().equals(address)) {
                    return Exchange.Response.seeOther(ROOT + "sunting?berkas=" + encode(entry.name()));
                }
            }
        }
        return Exchange.Response.seeOther(ROOT);
    }

    private Exchange.Response text(String name) throws IOException {
        Path file = files.release(name, true);
        if (file == null) return notFound(name);
        byte[] bytes = Files.readAllBytes(file);
        TextPage.Shown shown = TextPage.Shown.of(bytes);
        return Exchange.Response.html(200, TextPage.render(name, shown.text(), ReleaseFiles.version(bytes),
                checked(file, bytes).problems(), shown.notice(), guard.token()));
    }

    private static String notice(String key) {
        if (key == null) return null;
        return switch (key) {
            case "simpan" -> "Tersimpan. Pratinjau di samping dimuat ulang setelah situs dipanggang.";
            case "terbitkan" -> "Diterbitkan: rilis ini tampil bagi pembaca sejak tanggal terbitnya, pada pembangunan situs berikutnya.";
            case "jadwalkan" -> "Dijadwalkan: rilis ini tampil bagi pembaca mulai tanggal terbitnya.";
            case "koreksi" -> "Koreksi tersimpan: catatannya tampil di halaman rilis dengan tanggal hari ini.";
            case "tarik" -> "Rilis ditarik: halamannya tetap ada dengan pemberitahuan dan alasannya; ia hilang dari daftar dan umpan.";
            case "baru" -> "Draf dibuat. Lengkapi ringkasan dan isi, lalu Simpan; Terbitkan bila siap.";
            case "pindah" -> "Tersimpan, dan dipindahkan ke folder tahun tanggal terbitnya (berkas di atas), dengan foto dan "
                    + "lampirannya (salinannya; berkas lama di folder sebelumnya tetap ada dan tidak ikut terbit).";
            default -> null;
        };
    }

    // ---- checks and writes

    /** A release's bytes checked as the bake checks them: the release, or its problems. */
    private record Checked(Release release, List<Problem> problems) {
    }

    private Checked checked(Path file, byte[] bytes) {
        try {
            Release release = ParsedRelease.of(reader, file, bytes).release();
            List<Problem> across = across(release);
            return new Checked(across.isEmpty() ? release : null, across);
        } catch (ContentException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.sort(Problem.ORDER);
            return new Checked(null, problems);
        } catch (RuntimeException | StackOverflowError e) {
            return new Checked(null, List.of(ParsedRelease.unexpected(project, file, e)));
        }
    }

    /**
     * The bake's rules across releases (a slug or an old address another release has, an address over a file of the
     * site) for this release among the others as they are on disk: its problems only.
     */
    private List<Problem> across(Release release) {
        List<Release> releases = new ArrayList<>();
        try {
            for (Shelf.Entry entry : shelf.entries()) {
                if (entry.release() != null && !entry.release().file().equals(release.file())) releases.add(entry.release());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + files.content(), e);
        }
        releases.add(release);
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : Addresses.check(releases, this::writtenByAuthors)) {
            if (problem.file().equals(release.file())) problems.add(problem);
        }
        return problems;
    }

    /**
     * What a submitted form would write, and what the bake would say about it.
     *
     * @param moveTo where a draft goes whose date moved to another year (its folder's), or null
     */
    private record Draft(byte[] bytes, List<Problem> problems, List<String> notes, Action action, String note, Path moveTo) {
    }

    private Draft draft(Path file, byte[] current, Map<String, List<String>> form) throws IOException {
        EditableFile editable = EditableFile.of(fileName(file), current);
        FormValues.Result result = FormValues.read(editable.values(), editable.body(), form, shelf.vocabulary());
        Action action = Action.of(first(form, "aksi"));
        String note = first(form, Action.NOTE);
        Map<String, Object> values = new LinkedHashMap<>(result.values());
        List<Problem> refused = action.apply(values, note, fileName(file), clock, zone);
        byte[] bytes;
        try {
            bytes = editable.with(values, result.body());
        } catch (EditException e) {
            return new Draft(current, List.of(new Problem(fileName(file), 1, "berkas", e.getMessage())), result.notes(), action,
                    note, null);
        }
        List<Problem> problems = new ArrayList<>(refused);
        problems.addAll(checked(file, bytes).problems());
        Path moveTo = null;
        boolean wasDraft = "draft".equals(editable.values().get("status"));
        Problem year = problems.stream().filter(p -> p.field().equals("date") && p.message().startsWith(ReleaseReader.YEAR_FOLDER))
                .findFirst().orElse(null);
        if (year != null && wasDraft) {
            // a draft has no address yet: it moves to its new year's folder, files beside it copied along
            Moving moving = moving(file, values, result.body());
            if (moving.problem() == null) {
                problems.remove(year);
                moveTo = moving.target();
            } else {
                problems.set(problems.indexOf(year), new Problem(year.file(), year.line(), "date", moving.problem()));
            }
        }
        return new Draft(bytes, problems, result.notes(), action, note, moveTo);
    }

    /** Where a draft would move, or why it cannot. */
    private record Moving(Path target, List<String> besides, String problem) {
    }

    /**
     * A draft's new place, {@code content/<section>/<its date's year>/<same name>}, and the files beside it that it
     * names (photos, attachments, images in its body), which go along: never over another file.
     */
    private Moving moving(Path file, Map<String, Object> values, String body) {
        String dateText = values.get("date") instanceof String d ? d : "";
        Optional<Moment> date = Moment.parse(dateText, zone);
        if (date.isEmpty()) return new Moving(null, List.of(), "tanggal terbit tidak dapat dibaca");
        String section = file.getParent().getParent().getFileName().toString();
        String target = section + "/" + date.get().year() + "/" + file.getFileName();
        Path to = files.release(target, false);
        if (to == null || Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return new Moving(null, List.of(), "draf ini tidak dapat dipindahkan ke content/" + target + ": di sana sudah ada berkas "
                    + "bernama sama; ganti tanggalnya kembali, atau buat draf baru dengan tanggal ini");
        }
        List<String> besides = new ArrayList<>();
        for (String name : named(values, body)) {
            Path source = file.resolveSibling(name);
            if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) continue; // in assets/, or missing
            if (name.contains("/") || files.beside(files.name(file), name) == null) {
                return new Moving(null, List.of(), "draf ini memakai \"" + name + "\" di subfolder; pindahkan berkasnya sendiri "
                        + "ke content/" + section + "/" + date.get().year() + "/, atau kembalikan tanggalnya");
            }
            Path copy = to.resolveSibling(name);
            try {
                if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)
                        && !Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(source))) {
                    return new Moving(null, List.of(), "draf ini tidak dapat dipindahkan: content/" + section + "/" + date.get().year()
                            + "/" + name + " sudah ada dan isinya lain; ganti nama fotonya, atau kembalikan tanggalnya");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            besides.add(name);
        }
        return new Moving(to, besides, null);
    }

    /** The file names a release gives relative to itself: image, photos, attachments, and images and links of its body. */
    private static List<String> named(Map<String, Object> values, String body) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("image", "photos", "attachments")) collect(values.get(key), names);
        Matcher link = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)").matcher(body);
        while (link.find()) names.add(link.group(1));
        names.removeIf(name -> name.startsWith("/") || name.startsWith("#") || name.contains(":") || name.contains(".."));
        return List.copyOf(names);
    }

    private static void collect(Object value, Set<String> names) {
        if (value instanceof Map<?, ?> map && map.get("src") instanceof String src) names.add(src.strip());
        if (value instanceof List<?> list) list.forEach(item -> collect(item, names));
    }

    private Exchange.Response check(Exchange.Request request) throws IOException {
        String name = request.query("berkas");
        Path file = files.release(name, true);
        if (file == null) return notFound(name);
        byte[] current = Files.readAllBytes(file);
        Map<String, List<String>> form = request.form();
        List<Problem> problems;
        List<String> notes = List.of();
        if (form.containsKey(TextPage.TEXT)) {
            problems = checked(file, lines(first(form, TextPage.TEXT)).getBytes(StandardCharsets.UTF_8)).problems();
        } else {
            try {
                Draft draft = draft(file, current, form);
                problems = draft.problems();
                notes = draft.notes();
            } catch (ContentException e) {
                problems = e.problems();
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("masalah");
        for (Problem problem : problems) {
            list.addObject().put("kolom", problem.field()).put("id", Layout.id(problem.field())).put("baris", problem.line())
                    .put("pesan", problem.message());
        }
        ArrayNode noted = answer.putArray("catatan");
        notes.forEach(noted::add);
        answer.put("berubah", !ReleaseFiles.version(current).equals(first(form, "versi")));
        return Exchange.Response.json(200, JSON.writeValueAsString(answer));
    }

    private Exchange.Response save(Exchange.Request request) throws IOException {
        String name = request.query("berkas");
        Path file = files.release(name, true);
        if (file == null) return notFound(name);
        Map<String, List<String>> form = request.form();
        byte[] current = Files.readAllBytes(file);
        String version = first(form, "versi");
        EditableFile editable;
        try {
            editable = EditableFile.of(fileName(file), current);
        } catch (ContentException unreadable) {
            // changed on disk into a file YAML cannot read since the form was opened
            return Exchange.Response.seeOther(ROOT + "teks?berkas=" + encode(name));
        }
        if (!ReleaseFiles.version(current).equals(version)) {
            return formAgain(name, editable, form, version, List.of(), "Tidak disimpan: berkas ini diubah di luar penyunting "
                    + "setelah Anda membukanya (editor teks lain, git, atau tab lain). Isian Anda masih di bawah; salin yang "
                    + "perlu, lalu buka ulang rilisnya dari daftar.", 409);
        }
        Draft draft = draft(file, current, form);
        if (!draft.problems().isEmpty()) {
            return formAgain(name, editable, form, version, draft.problems(), "Tidak disimpan: perbaiki dulu masalah yang "
                    + "ditandai.", 422);
        }
        try {
            if (!Arrays.equals(draft.bytes(), current)) files.replace(file, version, draft.bytes());
        } catch (ReleaseFiles.Conflict e) {
            return formAgain(name, editable, form, version, List.of(), "Tidak disimpan: berkas ini baru saja diubah di luar "
                    + "penyunting. Buka ulang rilisnya dari daftar.", 409);
        }
        if (draft.moveTo() != null) {
            Moving moving = moving(file, EditableFile.of(fileName(file), draft.bytes()).values(),
                    EditableFile.of(fileName(file), draft.bytes()).body());
            for (String beside : moving.besides()) {
                Path copy = draft.moveTo().resolveSibling(beside);
                if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) files.create(copy, Files.readAllBytes(file.resolveSibling(beside)));
            }
            files.move(file, draft.moveTo());
            return Exchange.Response.seeOther(ROOT + "sunting?berkas=" + encode(files.name(draft.moveTo())) + "&kabar=pindah");
        }
        return Exchange.Response.seeOther(ROOT + "sunting?berkas=" + encode(name) + "&kabar=" + draft.action().key);
    }

    /**
     * A form from this origin with another run's token: a page opened before the preview was started again. Nothing is
     * written; the form comes back with what the author typed and this run's token, to be saved again.
     */
    private Exchange.Response staleForm(Exchange.Request request) throws IOException {
        String name = request.query("berkas");
        Path file = files.release(name, true);
        if (file == null) return notFound(name);
        Map<String, List<String>> form = request.form();
        EditableFile editable;
        try {
            editable = EditableFile.of(fileName(file), Files.readAllBytes(file));
        } catch (ContentException unreadable) {
            return Exchange.Response.seeOther(ROOT + "teks?berkas=" + encode(name));
        }
        return formAgain(name, editable, form, first(form, "versi"), List.of(), "Belum disimpan: halaman ini dibuka dari "
                + "pratinjau sebelumnya (pratinjau sudah dijalankan ulang). Isian Anda ada di bawah; periksa, lalu tekan "
                + "tombolnya lagi.", 403);
    }

    /** The form again with what the author typed, and why it was not saved. */
    private Exchange.Response formAgain(String name, EditableFile editable, Map<String, List<String>> form, String version,
                                        List<Problem> problems, String notice, int status) throws IOException {
        FormValues.Result typed = FormValues.read(editable.values(), editable.body(), form, Vocabulary.NONE);
        FormPage.View view = new FormPage.View(name, typed.values(), typed.body(), version, null, null, problems, notice,
                first(form, Action.NOTE), typed.origins());
        return Exchange.Response.html(status, FormPage.render(view, shelf.vocabulary(), guard.token()));
    }

    private Exchange.Response saveText(Exchange.Request request) throws IOException {
        String name = request.query("berkas");
        Path file = files.release(name, true);
        if (file == null) return notFound(name);
        Map<String, List<String>> form = request.form();
        String version = first(form, "versi");
        String text = lines(first(form, TextPage.TEXT) == null ? "" : first(form, TextPage.TEXT));
        byte[] current = Files.readAllBytes(file);
        byte[] bytes = TextPage.bytes(text, current);
        List<Problem> problems = checked(file, bytes).problems();
        String notice = null;
        int status = 200;
        if (!ReleaseFiles.version(current).equals(version)) {
            notice = "Tidak disimpan: berkas ini diubah di luar penyunting setelah Anda membukanya. Salin teks Anda, lalu buka ulang.";
            status = 409;
        } else if (!problems.isEmpty()) {
            notice = "Tidak disimpan: perbaiki dulu masalah yang ditandai.";
            status = 422;
        } else {
            try {
                if (!Arrays.equals(bytes, current)) files.replace(file, version, bytes);
                return Exchange.Response.seeOther(ROOT + "sunting?berkas=" + encode(name) + "&kabar=simpan");
            } catch (ReleaseFiles.Conflict e) {
                notice = "Tidak disimpan: berkas ini baru saja diubah di luar penyunting.";
                status = 409;
            }
        }
        return Exchange.Response.html(status, TextPage.render(name, text, version, problems, notice, guard.token()));
    }

    private Exchange.Response create(Map<String, List<String>> form) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String field : NewReleasePage.fields()) answers.put(field, first(form, field) == null ? "" : first(form, field));
        try {
            Path written = NewRelease.create(project, answers.get("judul"), answers.get("tanggal"), answers.get("bagian"),
                    answers.get("provinsi"));
            return Exchange.Response.seeOther(ROOT + "sunting?berkas=" + encode(files.name(written.toRealPath())) + "&kabar=baru");
        } catch (NewRelease.InvalidAnswer e) {
            return Exchange.Response.html(422, NewReleasePage.render(answers, e.getMessage(), today(), guard.token()));
        }
    }

    /**
     * A photo sent by the form's script (the file's bytes as the body, its name in {@code X-Nama-Berkas}), stored
     * beside the release under a new name: {@code <release>-<its name>.<its format>}, never over another file.
     */
    private Exchange.Response upload(Exchange.Request request) throws IOException {
        String name = request.query("berkas");
        Path release = files.release(name, true);
        if (release == null) return notFound(name);
        byte[] bytes = request.body();
        Format format = Format.of(bytes);
        String given = "foto";
        try {
            if (request.header("X-Nama-Berkas") != null) given = URLDecoder.decode(request.header("X-Nama-Berkas"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            // a name not escaped as the editor's script escapes it: the photo is named "foto"
        }
        if (!format.raster()) {
            return uploadRefused("\"" + given + "\" bukan foto JPEG, PNG atau WebP (isinya " + format.label() + ")"
                    + (format == Format.HEIF ? "; di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel, atau bagikan fotonya lewat WhatsApp" : ""));
        }
        int[] size;
        try {
            size = PhotoProcessor.check(bytes);
        } catch (PhotoException e) {
            return uploadRefused("\"" + given + "\": " + e.getMessage());
        }
        String base = release.getFileName().toString().replaceFirst("\\.md$", "");
        String stem = given.contains(".") ? given.substring(0, given.lastIndexOf('.')) : given;
        String slug = Slugs.of(stem);
        String wanted = base + "-" + (slug.isEmpty() ? "foto" : slug.length() > 60 ? slug.substring(0, 60) : slug);
        for (int n = 1; n < 100; n++) {
            String fileName = wanted + (n == 1 ? "" : "-" + n) + "." + format.extension();
            Path target = files.beside(name, fileName);
            if (target == null) return uploadRefused("nama berkas \"" + fileName + "\" tidak dapat dipakai");
            try {
                files.create(target, bytes);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            ObjectNode answer = JSON.createObjectNode().put("src", fileName).put("lebar", size[0]).put("tinggi", size[1])
                    .put("pesan", "Foto disimpan sebagai " + fileName + " (" + size[0] + " × " + size[1] + " piksel). Tulis teks "
                            + "alternatifnya (wajib: apa yang tampak di foto), keterangan dan kredit fotonya, lalu Simpan.");
            return Exchange.Response.json(201, JSON.writeValueAsString(answer));
        }
        return uploadRefused("terlalu banyak foto bernama " + wanted);
    }

    private static Exchange.Response uploadRefused(String why) throws IOException {
        return Exchange.Response.json(422, JSON.writeValueAsString(JSON.createObjectNode().put("pesan", "Foto tidak disimpan: " + why + ".")));
    }

    /** A photo beside a release, for the form's thumbnails: JPEG, PNG or WebP by its bytes, nothing else. */
    private Exchange.Response picture(String release, String name) throws IOException {
        Path file = files.beside(release, name);
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || Files.size(file) > Photos.MAX_SOURCE_BYTES) {
            return Exchange.Response.text(404, "Tidak ada.");
        }
        byte[] bytes = Files.readAllBytes(file);
        Format format = Format.of(bytes);
        if (!format.raster()) return Exchange.Response.text(404, "Tidak ada.");
        String type = switch (format) {
            case JPEG -> "image/jpeg";
            case PNG -> "image/png";
            default -> "image/webp";
        };
        return new Exchange.Response(200, type, bytes, Map.of());
    }

    // ---- helpers

    private Exchange.Response notFound(String name) {
        return Exchange.Response.text(404, "Rilis \"" + (name == null ? "" : name) + "\" tidak ada di content/ (atau namanya "
                + "menunjuk ke luar content/). Buka rilis dari daftar: " + ROOT);
    }

    private static Exchange.Response resource(String name, String type) throws IOException {
        try (InputStream in = Editor.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("resource " + name + " missing from Warta's jar");
            return new Exchange.Response(200, type, in.readAllBytes(), Map.of());
        }
    }

    private String fileName(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    private String today() {
        return Shelf.Dates.today(clock, zone).toString();
    }

    /** A page number from the address; 1 when there is none or it is not one. */
    private static int number(String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.parseInt(text) : 1;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The site's time zone, {@code site.timezone} of jbake.properties; never the machine's. */
    static ZoneId siteZone(Path project) throws IOException {
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        String zone = settings.getProperty("site.timezone");
        if (zone == null) throw new IOException("site.timezone is missing from " + project.resolve("jbake.properties"));
        return ZoneId.of(zone.strip());
    }
}
