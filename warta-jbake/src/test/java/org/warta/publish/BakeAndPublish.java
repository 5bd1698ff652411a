package org.warta.publish;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What {@code mvn package} does, in one process that {@link PublishKillIT} can kill: empty the staging folder,
 * bake into it with JBake's Oven, publish with {@link Publisher}. Prints each moment it reaches; holds still at
 * the moment named by its last argument, so that the test kills it exactly there.
 *
 * <p>{@code BakeAndPublish <project> <staging> <site> <host> <hold: a Publisher.Step, BAKED, or NONE>}</p>
 */
public final class BakeAndPublish {
    private BakeAndPublish() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path staging = Path.of(args[1]);
        Path site = Path.of(args[2]);
        String hold = args[4];
        reached("START", hold);
        deleteTree(staging);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), staging.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            System.out.println("FAILED " + oven.getErrors());
            System.exit(1);
        }
        reached("BAKED", hold);
        new Publisher(staging, site, args[3], step -> reached(step.name(), hold)).publish();
        reached("DONE", hold);
    }

    private static void reached(String moment, String hold) {
        System.out.println(moment);
        System.out.flush();
        if (moment.equals(hold)) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
