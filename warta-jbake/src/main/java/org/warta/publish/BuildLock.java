package org.warta.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One build at a time in a project folder: an operating-system lock on a file outside {@code target/} (Maven's
 * {@code ${warta.lock}}, {@code .warta.lock} in the project folder, so that no clean deletes it), taken before
 * the staging folder is emptied and released when the {@link Publisher} ends, published or not.
 *
 * <p>The lock is {@link FileChannel#tryLock()}, an fcntl(2) lock on Linux: the kernel drops it when the process
 * ends however it ends, so a build killed with SIGKILL, or failing between the lock and the publish (its Maven
 * JVM exits), leaves no stale lock. The file itself stays; it is never deleted, since deleting a lock file lets
 * two builds lock two different files of the same name.</p>
 *
 * <p>{@code mvn package} runs {@link #main} (exec:java, execution {@code lock}) and later {@link Publisher#main}
 * (execution {@code publish}). exec:java gives each execution its own class loader and closes it afterwards, so
 * no static field of this class survives from one to the other. The lock is therefore held by a daemon thread
 * named {@value #THREAD} followed by the lock file's path; a thread is JVM-wide, the Publisher's class loader
 * finds it by its name, and interrupting it releases the lock (only JDK classes run on that path, so it works
 * after exec closed the class loader that made it). The thread also keeps the channel reachable: an unreachable
 * channel is closed by the garbage collector, and the lock with it. exec's {@code cleanupDaemonThreads} must be
 * false for that execution, so that exec leaves the thread alone.</p>
 *
 * <p>Within one JVM the lock must be taken once: on Linux, closing any channel of the file releases the
 * process's lock on it, so nothing here opens the file while this JVM holds it.</p>
 */
public final class BuildLock {
    /** The start of the name of the thread that holds the lock. */
    public static final String THREAD = "warta-kunci-build";
    /** The lock file's name, in the staging folder's parent, for a publisher run without one named. */
    public static final String FILE = "warta.lock";
    /** How long a build waits for another one when nothing else is said ({@code warta.lock.wait} in the pom). */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);

    private static final long POLL_MILLIS = 200;
    private static final long RELEASE_MILLIS = 30_000;

    private BuildLock() {
    }

    /**
     * {@code BuildLock <lock file> <seconds to wait>}: run by Maven before {@code target/} is cleaned and before the
     * staging folder is emptied.
     * Takes the lock for this JVM, unless it already holds it, and leaves it held when it returns;
     * {@link #release} (from {@link Publisher#main}) or the JVM's end releases it.
     *
     * @throws Busy when another build still holds the lock after the wait; nothing was changed
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) throw new IllegalArgumentException("usage: BuildLock <lock file> <seconds to wait>");
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(args[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Warta: warta.lock.wait harus jumlah detik (bilangan bulat), bukan \"" + args[1] + "\"");
        }
        if (wait.isNegative()) throw new IllegalArgumentException("Warta: warta.lock.wait tidak boleh negatif: " + args[1]);
        Path file = Path.of(args[0]).toAbsolutePath().normalize();
        // already held by this JVM: by an earlier lock execution of this build, or left by an earlier build that
        // stopped before publishing in a JVM that runs build after build (a build daemon); either way this build
        // is the only one running in this JVM, so it keeps the lock and its Publisher releases it
        if (!heldHere(file)) acquire(file, wait, System.out);
    }

    /**
     * {@code target/warta.lock} for {@code target/warta-staging}: the lock file of a publisher run on its own
     * (Maven names {@code ${warta.lock}}, outside {@code target/}, in both).
     */
    public static Path fileFor(Path staging) {
        Path absolute = staging.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return (parent == null ? absolute : parent).resolve(FILE);
    }

    /**
     * Takes the lock on {@code file} for this JVM, waiting up to {@code wait} for another process to release it;
     * says once on {@code out} that it waits. It stays held, by a daemon thread, until {@link #release}.
     *
     * @throws Busy                  when the wait ends with the lock still held elsewhere
     * @throws IllegalStateException when this JVM already holds it
     */
    public static void acquire(Path file, Duration wait, PrintStream out) throws IOException, InterruptedException {
        file = file.toAbsolutePath().normalize();
        if (heldHere(file)) throw new IllegalStateException("Warta: kunci build " + file + " sudah dipegang proses ini");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel, file);
            if (lock == null && wait.isZero()) throw new Busy(file, wait);
            if (lock == null) {
                out.println("Warta: build lain sedang berjalan di folder ini (" + shown(file) + "); menunggu hingga "
                        + shown(wait) + " …");
                out.flush();
                long deadline = System.nanoTime() + wait.toNanos();
                while (lock == null && System.nanoTime() - deadline < 0) {
                    Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, (deadline - System.nanoTime()) / 1_000_000)));
                    lock = tryLock(channel, file);
                }
                if (lock == null) throw new Busy(file, wait);
            }
            Holder holder = new Holder(file, channel, lock);
            holder.start();
            channel = null; // the holder owns it now
        } finally {
            if (channel != null) channel.close();
        }
    }

    /** Whether this JVM holds the lock on {@code file} (taken by whichever class loader). */
    public static boolean heldHere(Path file) {
        return holder(file.toAbsolutePath().normalize()) != null;
    }

    /**
     * Releases this JVM's lock on {@code file}, if it holds it, and waits until it is released.
     *
     * @return whether it was held
     */
    public static boolean release(Path file) throws InterruptedException {
        Thread holder = holder(file.toAbsolutePath().normalize());
        if (holder == null) return false;
        holder.interrupt();
        holder.join(RELEASE_MILLIS);
        return true;
    }

    private static Thread holder(Path file) {
        String name = threadName(file);
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name) && thread.isAlive()) return thread;
        }
        return null;
    }

    private static String threadName(Path file) {
        return THREAD + " " + file;
    }

    private static FileLock tryLock(FileChannel channel, Path file) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // another channel of this JVM holds it: a caller that did not look for the holder first
            throw new IllegalStateException("Warta: kunci build " + file + " sudah dipegang proses ini", e);
        }
    }

    /** The path relative to the working folder when it is inside it ({@code target/warta.lock}), else absolute. */
    private static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) && !file.equals(here) ? here.relativize(file).toString() : file.toString();
    }

    private static String shown(Duration wait) {
        long seconds = wait.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) return seconds / 60 + " menit";
        return seconds + " detik";
    }

    /** Another build held the lock for longer than this build would wait. */
    public static final class Busy extends RuntimeException {
        Busy(Path file, Duration wait) {
            super((wait.isZero() ? "Warta: build lain sedang berjalan di folder ini (" + shown(file) + ")"
                    : "Warta: build lain masih berjalan di folder ini (" + shown(file) + ") setelah ditunggu " + shown(wait))
                    + "; build ini berhenti dan tidak ada yang diubah. Jalankan lagi setelah build itu selesai"
                    + " (batas tunggu: -Dwarta.lock.wait=<detik>).");
        }
    }

    /**
     * Holds the channel and its lock until interrupted, then releases them. Runs only JDK code after it starts,
     * so it keeps working after the class loader that made it was closed.
     */
    private static final class Holder extends Thread {
        private final FileChannel channel;
        private final FileLock lock;

        Holder(Path file, FileChannel channel, FileLock lock) {
            super(threadName(file));
            this.channel = channel;
            this.lock = lock;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Thread.sleep(Long.MAX_VALUE);
                }
            } catch (InterruptedException e) {
                // asked to release
            } finally {
                try {
                    lock.release();
                } catch (IOException ignored) {
                    // closing the channel below releases it as well
                } finally {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // the lock is gone with the channel; the process's end would drop it anyway
                    }
                }
            }
        }
    }
}
