package org.warta.publish;

import java.util.List;

/** The staged site failed its check: every problem, one per line; nothing was published. */
public class PublishException extends RuntimeException {
    private final List<String> problems;

    public PublishException(List<String> problems) {
        super(problems.size() + " masalah pada situs hasil bake; tidak ada yang diterbitkan:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
