package org.warta.preview;

import org.warta.site.BakeStopped;
import org.warta.incremental.PreviousBake;
import org.warta.site.SiteSettings;
import org.warta.publish.UnusedFiles;
import org.warta.content.ContentException;
import org.warta.content.Problem;
import org.warta.content.ProjectFiles;
import org.warta.jbake.PreviewOven;
import org.warta.publish.LinkCheck;
import org.warta.publish.PrivacyGate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One bake of a project into a folder with JBake's real Oven, as {@code mvn package} bakes it but with drafts shown
 * ({@link SiteSettings#PREVIEW_DRAFTS}: a content without drafts gives the same bytes as a published bake),
 * followed by the publisher's link check; what went wrong is kept for the preview's error page instead of being
 * thrown.
 */
final class PreviewBake {

    /**
     * What one bake made.
     *
     * @param folder   the baked site (complete only when {@link #ok()})
     * @param problems content problems, each naming file, line and field
     * @param failures everything else that stopped the bake (a template error, a broken link), as printed
     * @param millis   how long the bake and the check took
     * @param links    what the link check read from each page, for the next bake's check (empty when it did not run)
     */
    record Outcome(Path folder, List<Problem> problems, List<String> failures, long millis, LinkCheck.Links links) {
        boolean ok() {
            return problems.isEmpty() && failures.isEmpty();
        }
    }

    private PreviewBake() {
    }

    /**
     * Bakes {@code project} into {@code folder}, taking over from {@code previous} what has not changed since the
     * last good bake, and remembering this bake there when it is good; the link check reads again only pages that
     * were not taken over (the others name what {@code links}, from that bake's check, says).
     */
    static Outcome run(Path project, Path folder, PreviousBake previous, LinkCheck.Links links) {
        LinkCheck.Links read = new LinkCheck.Links();
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        previous.begin(folder);
        try {
            PreviewOven oven = new PreviewOven(project, folder, previous);
            // before JBake's crawl, which would follow a link (a loop of them too)
            problems.addAll(new ProjectFiles(project).check(oven.contentFolder(), oven.assetFolder(), oven.templateFolder()));
            if (!problems.isEmpty()) return finish(folder, previous, problems, failures, start, read);
            List<Throwable> errors = oven.bake();
            for (Throwable error : errors) {
                ContentException content = contentCause(error);
                if (content != null) problems.addAll(content.problems());
                else failures.add(describe(error));
            }
            if (problems.isEmpty() && failures.isEmpty()) {
                UnusedFiles.remove(folder);
                LinkCheck check = new LinkCheck(folder, oven.host(), links, previous::takenOver);
                check.problems().forEach(p -> failures.add("Tautan rusak: " + p));
                PrivacyGate.problems(folder).forEach(p -> failures.add("Data pribadi: " + p));
                read = check.links();
            }
        } catch (BakeStopped e) {
            // Warta's rendering tool stopped the bake: its content problems, or the failure behind it
            problems.addAll(e.problems());
            if (e.problems().isEmpty()) failures.add(e.failure() == null ? e.getMessage() : describe(e.failure()));
        } catch (RuntimeException | java.io.IOException e) {
            failures.add(describe(e));
        }
        return finish(folder, previous, problems, failures, start, read);
    }

    private static Outcome finish(Path folder, PreviousBake previous, List<Problem> problems, List<String> failures,
                                  long start, LinkCheck.Links read) {
        if (problems.isEmpty() && failures.isEmpty()) previous.commit();
        else previous.abandon();
        problems.sort(Problem.ORDER);
        return new Outcome(folder, List.copyOf(problems), List.copyOf(failures), (System.nanoTime() - start) / 1_000_000, read);
    }

    private static ContentException contentCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ContentException content) return content;
        }
        return null;
    }

    /** The message of an error and of each of its causes that says something new (a template's name and line). */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            // Freemarker follows a syntax error's line and column with every token it could have parsed there
            int expected = message.indexOf(", but was expecting one of these patterns:");
            if (expected >= 0) message = message.substring(0, expected);
            if (text.indexOf(message) >= 0) continue;
            if (!text.isEmpty()) text.append("\n\nSebabnya: ");
            text.append(message);
        }
        return text.toString();
    }
}
