package org.warta.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Checks the folders a bake reads ({@code content/}, {@code assets/}, {@code templates/}) before anything is read from them: no
 * symbolic link (it could publish any file of the machine, {@code /etc/shadow} named {@code foto.jpg}), nothing
 * that is not a plain file or folder (a FIFO named {@code *.md} would block the bake), no folder named like a
 * release, and every folder readable. A link is never followed; each finding names the file.
 *
 * <p>Hidden files ({@code .name}) that are not links are skipped as JBake skips them; a hidden link is reported
 * too (JBake walks into a hidden folder, and copies hidden files when {@code asset.ignore} is false), unless it
 * leads nowhere: an editor's lock file ({@code .#rilis.md}) is such a link.</p>
 */
public final class ProjectFiles {
    private final Path projectDir;

    /** @param projectDir the project folder, against which file names in messages are written */
    public ProjectFiles(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /**
     * {@code ProjectFiles <project folder>}: run by Maven before the bake, so that a link is refused before JBake's
     * crawl could follow it. Prints every finding and fails when there is one.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: ProjectFiles <project>");
        Path project = Path.of(args[0]);
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        List<Problem> problems = new ProjectFiles(project).check(project.resolve(settings.getProperty("content.folder", "content")),
                project.resolve(settings.getProperty("asset.folder", "assets")),
                project.resolve(settings.getProperty("template.folder", "templates")));
        if (problems.isEmpty()) return;
        // each problem on its own line, as the bake prints them; Maven then prints the one-line summary
        problems.forEach(problem -> System.err.println("[ERROR] " + problem));
        throw new IllegalStateException("Warta: " + problems.size() + " masalah pada berkas di content/ atau assets/; "
                + "tidak ada yang dipanggang atau diterbitkan. Perbaiki baris-baris di atas (panduan: docs/panduan-penulis.md).");
    }

    /** Every finding in the given folders, in file order; a folder that does not exist has none. */
    public List<Problem> check(Path... folders) {
        List<Problem> problems = new ArrayList<>();
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            if (Files.isSymbolicLink(root)) {
                problems.add(link(root));
            } else if (Files.isDirectory(root)) {
                walk(root, problems);
            }
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    private void walk(Path root, List<Problem> problems) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().endsWith(".md")) {
                        problems.add(problem(dir, "folder ini bernama seperti berkas berita (.md); sebuah rilis harus "
                                + "berupa berkas, bukan folder: ganti nama foldernya"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean hidden = file.getFileName().toString().startsWith(".");
                    if (attrs.isSymbolicLink()) {
                        // an editor's lock file (.#name.md) is a hidden link to nothing; any other link is refused
                        if (!hidden || Files.exists(file)) problems.add(link(file));
                    } else if (attrs.isOther() && !hidden) {
                        problems.add(problem(file, "bukan berkas biasa (mis. pipe, soket atau perangkat); hapus dari folder ini"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(problem(file, "tidak dapat dibaca (" + reason(e) + "); periksa izin berkas atau folder ini"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(problem(root, "tidak dapat dibaca (" + reason(e) + ")"));
        }
    }

    /** The problem of a symbolic link, naming it and where it points. */
    public Problem link(Path file) {
        String target;
        try {
            target = Files.readSymbolicLink(file).toString();
        } catch (IOException e) {
            target = "?";
        }
        return problem(file, "tautan simbolik (symbolic link) ke \"" + target + "\"; Warta tidak mengikuti tautan agar tidak "
                + "ada berkas dari luar proyek yang terbit: simpan berkas aslinya di sini sebagai ganti tautan");
    }

    private Problem problem(Path file, String message) {
        return new Problem(name(file), 1, "berkas", message);
    }

    /** A file's name as messages write it: relative to the project, with forward slashes. */
    public String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The symbolic link nearest to {@code root} on the way to {@code file} ({@code file} itself, or a folder between),
     * or null when there is none.
     */
    public static Path linkOnTheWay(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) return absolute;
        Path nearest = null;
        for (Path at = absolute; !at.equals(base); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) nearest = at;
        }
        return nearest;
    }

    /** An I/O error as a reader can understand it. */
    public static String reason(IOException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "izin ditolak";
        if (e instanceof java.nio.file.NoSuchFileException) return "berkas hilang saat dibaca";
        if (text.contains("No space left")) return "ruang disk penuh";
        if (text.contains("Is a directory")) return "ini sebuah folder";
        return text;
    }
}
