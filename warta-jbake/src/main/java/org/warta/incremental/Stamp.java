package org.warta.incremental;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file as a build left it: its size, modification time and file-system identity (device and inode). Changed,
 * replaced or deleted since, the file has another stamp (as git's index tells a changed file). A hard link to it,
 * or the folder holding it renamed, keeps it.
 */
public record Stamp(long size, long modifiedNanos, String identity) implements Serializable {
    /** The file's stamp now; null when it is not a regular file (missing, a link, a folder). */
    public static Stamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) return null;
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }
}
