package org.warta.content;

import java.util.List;
import java.util.stream.Collectors;

/** Invalid content: carries every problem found, each printed on its own line. */
public class ContentException extends RuntimeException {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a ContentException needs at least one problem");
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + " masalah pada konten:\n"
                + problems.stream().sorted(Problem.ORDER).map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
