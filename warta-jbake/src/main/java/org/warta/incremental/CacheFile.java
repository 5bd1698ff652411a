package org.warta.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * One file of Warta's caches in {@code target/warta-cache/}: an object kept between builds, read back only when the
 * file proves it is whole and made of the same inputs. The file: {@code WARTA-CACHE}, the format, the
 * {@linkplain CacheKey key} it was made with (32 bytes), the length of what follows and its CRC-32C, then the object
 * as Java serialization. Written aside and renamed over the last one, so that a build stopped while writing leaves
 * the old file or the new one.
 *
 * <p>Read back through a filter that admits only the classes the caller names (and the JDK's value and collection
 * classes they are made of): an object of any other class is refused before it is made, as a gadget chain would
 * start.</p>
 */
public final class CacheFile {
    private static final byte[] MAGIC = "WARTA-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    /** Raised whenever what the caches hold changes shape. */
    private static final int FORMAT = 2;
    private static final int HEADER = MAGIC.length + 4 + 32 + 8 + 4;
    /** The JDK's classes a cached object may be made of. */
    private static final String JDK = "maxdepth=20;maxarray=10000000;java.lang.Object;java.lang.String;java.lang.Number;java.lang.Long;"
            + "java.lang.Integer;java.lang.Double;java.lang.Boolean;java.lang.Enum;java.math.BigDecimal;"
            + "java.math.BigInteger;java.util.HashMap;java.util.LinkedHashMap;java.util.ArrayList;java.util.Map$Entry;"
            + "java.util.CollSer;java.util.ImmutableCollections$*;java.time.*;";

    private CacheFile() {
    }

    /** A cache file that exists but is not used, and why (in the log's words, Indonesian). */
    public static final class Unusable extends IOException {
        Unusable(String why) {
            super(why);
        }
    }

    /** Writes {@code object} to {@code file} with {@code key}: aside first, then renamed over it. */
    public static void write(Path file, CacheKey key, Object object) throws IOException {
        Files.createDirectories(file.getParent());
        Path aside = file.resolveSibling(file.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            writeAt(aside, key, object);
            try {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    private static void writeAt(Path file, CacheKey key, Object object) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(HEADER)); // filled in below, once the length and checksum are known
            CRC32C crc = new CRC32C();
            CountingStream counted = new CountingStream(new CheckedOutputStream(Channels.newOutputStream(channel), crc));
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(counted, 1 << 16)) {
                @Override
                public void close() throws IOException {
                    flush(); // the channel stays open for the header
                }
            }) {
                out.writeObject(object);
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            header.put(MAGIC).putInt(FORMAT).put(key.bytes()).putLong(counted.count).putInt((int) crc.getValue()).flip();
            channel.write(header, 0);
        }
    }

    /**
     * The object {@code file} holds, when it is whole, of this format, made with {@code key} and of {@code type}.
     *
     * @param classes the patterns of {@link ObjectInputFilter.Config#createFilter} for the caller's own classes
     *                ({@code org.warta.incremental.*;org.warta.content.Release}), besides the JDK's
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws Unusable                          saying why the file is not used
     */
    public static <T> T read(Path file, CacheKey key, Class<T> type, String classes) throws IOException {
        ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(JDK + classes + ";!*");
        try (InputStream raw = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            byte[] magic = new byte[MAGIC.length];
            byte[] stored = new byte[32];
            long length;
            int checksum;
            try {
                in.readFully(magic);
                if (!Arrays.equals(magic, MAGIC)) throw new Unusable("bukan berkas cache Warta");
                if (in.readInt() != FORMAT) throw new Unusable("dibuat Warta versi lain");
                in.readFully(stored);
                length = in.readLong();
                checksum = in.readInt();
            } catch (EOFException e) {
                throw new Unusable("berkasnya terpotong");
            }
            if (!Arrays.equals(stored, key.bytes())) throw new Unusable(key.otherInputs());
            if (length != Files.size(file) - HEADER) throw new Unusable("berkasnya terpotong");
            CRC32C crc = new CRC32C();
            CheckedInputStream checked = new CheckedInputStream(in, crc);
            Object object;
            try (ObjectInputStream objects = new ObjectInputStream(checked)) {
                objects.setObjectInputFilter(filter);
                object = objects.readObject();
                // whatever the stream did not read is still part of what the checksum covers
                checked.transferTo(OutputStream.nullOutputStream());
            } catch (ClassNotFoundException | java.io.InvalidClassException | java.io.StreamCorruptedException
                     | EOFException | RuntimeException e) {
                throw new Unusable("isinya tidak terbaca (" + e + ")");
            }
            if ((int) crc.getValue() != checksum) throw new Unusable("isinya rusak (checksum tidak cocok)");
            if (!type.isInstance(object)) throw new Unusable("isinya bukan " + type.getSimpleName());
            return type.cast(object);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
