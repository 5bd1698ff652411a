package org.warta.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content contract's fields as data: their names, in the contract's order, their parts, and what authors are
 * told about them. The reader takes the names it accepts from here ({@link ReleaseReader}), and the preview's editor
 * builds its form from here, so a field added to the contract appears in both.
 */
public final class Fields {

    /** What a field holds, and so how it is asked for. */
    public enum Kind {
        /** one line of text */
        TEXT,
        /** text of several sentences */
        LONG_TEXT,
        /** a date, or a date and time with its offset */
        DATE,
        /** a whole number */
        INTEGER,
        /** a number, decimals allowed */
        NUMBER,
        /** one of the 38 provinces, or none */
        PROVINCE,
        /** a file beside the release or in assets/ (a photo or an attachment) */
        FILE,
        /** the release's state, set by the editor's actions, never typed */
        STATUS,
        /** a list of short texts */
        TEXT_LIST,
        /** named parts */
        GROUP,
        /** a list of groups */
        GROUP_LIST
    }

    /**
     * One field of the contract.
     *
     * @param key      its name in the front matter ({@code title}, {@code start})
     * @param label    its name for authors, in Indonesian ({@code Judul})
     * @param help     one or two sentences: what to write, with the rule the reader applies
     * @param kind     what it holds
     * @param required whether the reader requires it (inside its group, for a part)
     * @param advanced whether the editor shows it folded away (rarely needed, or dangerous to change after publishing)
     * @param parts    a group's or a group list's parts, in the contract's order; empty otherwise
     */
    public record Field(String key, String label, String help, Kind kind, boolean required, boolean advanced,
                        List<Field> parts) {
        public Field {
            if (key.isEmpty() || label.isEmpty()) throw new IllegalArgumentException("a field needs a key and a label");
            parts = List.copyOf(parts);
            if (parts.isEmpty() != (kind != Kind.GROUP && kind != Kind.GROUP_LIST)) {
                throw new IllegalArgumentException("only a group has parts, and every group has some: " + key);
            }
        }

        /** The names of its parts, for the reader's check of unknown names. */
        public Set<String> partKeys() {
            return keys(parts);
        }

        /** A part by its name. @throws IllegalArgumentException when there is none */
        public Field part(String key) {
            return find(parts, key);
        }
    }

    private static final List<Field> IMAGE = List.of(
            text("src", "Berkas foto", "Nama berkas foto di samping berkas rilis (atau di assets/). Unggah foto di atas, "
                    + "namanya terisi sendiri.", Kind.FILE, true),
            text("alt", "Teks alternatif", "Wajib, 1–300 karakter: gambarkan isi foto bagi pembaca tunanetra, mis. "
                    + "\"Peserta rapat berfoto bersama di aula\".", Kind.TEXT, true),
            text("caption", "Keterangan foto", "Tampil di bawah foto, 1–500 karakter.", Kind.LONG_TEXT, false),
            text("credit", "Kredit foto", "Siapa pemotretnya, 1–200 karakter, mis. \"Humas Dinas Koperasi dan UKM\".",
                    Kind.TEXT, false));

    /** Every field, in the content contract's order. */
    public static final List<Field> ALL = List.of(
            text("title", "Judul", "Wajib, 10–200 karakter.", Kind.TEXT, true),
            text("date", "Tanggal terbit", "Wajib. Tanggal (2023-05-25), atau tanggal dan jam dengan zona "
                    + "(2023-05-25T09:00:00+07:00; WIB +07:00, WITA +08:00, WIT +09:00). Tanggal yang belum tiba menjadwalkan "
                    + "rilis: ia terbit pada tanggal itu. Tahunnya harus tahun folder berkas.", Kind.DATE, true),
            text("summary", "Ringkasan", "Wajib, teks biasa 50–400 karakter: apa, siapa, di mana dan kapan. Tampil di "
                    + "daftar, umpan dan mesin pencari.", Kind.LONG_TEXT, true),
            new Field("status", "Status", "Diatur oleh tombol di bawah: draf, terbit, terjadwal atau ditarik.",
                    Kind.STATUS, false, false, List.of()),
            advanced(text("slug", "Alamat halaman (slug)", "Huruf kecil, angka dan '-'. Bawaan: nama berkas. Jangan "
                    + "diubah setelah rilis terbit: alamatnya akan berubah.", Kind.TEXT, false)),
            advanced(text("updated", "Tanggal pembaruan", "Tanggal rilis terakhir diperbarui, tidak sebelum tanggal terbit. "
                    + "Tombol Koreksi mengisinya sendiri.", Kind.DATE, false)),
            group("changes", "Ralat", "Koreksi publik, terbaru di atas. Tombol Koreksi dan Tarik menambahkannya.",
                    Kind.GROUP_LIST, false, List.of(
                            text("date", "Tanggal ralat", "Tanggal koreksi.", Kind.DATE, true),
                            text("note", "Catatan ralat", "Apa yang diperbaiki, 1–1000 karakter.", Kind.LONG_TEXT, true))),
            text("province", "Provinsi", "Salah satu dari 38 provinsi; kosongkan untuk berita nasional.", Kind.PROVINCE, false),
            text("regency", "Kabupaten/kota", "Kabupaten atau kota, mis. Kota Kendari.", Kind.TEXT, false),
            group("event", "Kegiatan", "Rapat atau kegiatan yang diberitakan; bila diisi, mulai dan tempat wajib.",
                    Kind.GROUP, false, List.of(
                            text("name", "Nama kegiatan", "1–300 karakter; bila kosong, agenda memakai judul rilis.", Kind.TEXT, false),
                            text("start", "Mulai", "Wajib. Tanggal, atau tanggal dan jam dengan zona.", Kind.DATE, true),
                            text("end", "Selesai", "Tidak sebelum mulai.", Kind.DATE, false),
                            text("venue", "Tempat", "Wajib, mis. Aula Kantor Bupati Maluku Tenggara.", Kind.TEXT, true),
                            text("participants", "Jumlah peserta", "Bilangan bulat tanpa titik, mis. 34.", Kind.INTEGER, false),
                            text("theme", "Tema", "1–500 karakter.", Kind.LONG_TEXT, false),
                            text("organizer", "Penyelenggara", "1–300 karakter.", Kind.TEXT, false))),
            group("speakers", "Narasumber", "Orang yang berbicara; nama dan jabatan wajib.", Kind.GROUP_LIST, false, List.of(
                    text("name", "Nama narasumber", "Nama lengkap dengan gelar, 1–200 karakter.", Kind.TEXT, true),
                    text("role", "Jabatan", "1–300 karakter, mis. Kepala Dinas Koperasi dan UKM.", Kind.TEXT, true),
                    text("organization", "Lembaga", "1–300 karakter; boleh kosong.", Kind.TEXT, false))),
            text("topics", "Topik", "Topik pendek, 1–80 karakter; pilih yang sudah ada bila cocok.", Kind.TEXT_LIST, false),
            group("figures", "Angka", "Angka yang disebut dalam rilis; keterangan dan nilai wajib.", Kind.GROUP_LIST, false, List.of(
                    text("label", "Keterangan angka", "Apa yang dihitung, 1–200 karakter, mis. Koperasi aktif.", Kind.TEXT, true),
                    text("value", "Nilai", "Angka tanpa titik ribuan; desimal dengan titik, mis. 2300 atau 85.3.", Kind.NUMBER, true),
                    text("unit", "Satuan", "1–50 karakter, mis. unit, persen.", Kind.TEXT, false),
                    text("year", "Tahun", "Empat angka, mis. 2024.", Kind.INTEGER, false))),
            group("image", "Foto utama", "Foto di atas rilis. Teks alternatif wajib.", Kind.GROUP, false, IMAGE),
            group("photos", "Galeri foto", "Foto lain; aturannya sama dengan foto utama.", Kind.GROUP_LIST, false, IMAGE),
            text("number", "Nomor siaran pers", "Nomor resmi dari buku agenda humas, mis. 125/HUMAS/DKUKM/V/2023; tiap nomor "
                    + "hanya sekali dalam setahun. Rilis baru diberi usulan nomor berikutnya.", Kind.TEXT, false),
            group("attachments", "Lampiran", "Berkas unduhan (PDF dan sejenisnya) di samping berkas rilis; berkas dan judul wajib.",
                    Kind.GROUP_LIST, false, List.of(
                            text("src", "Berkas lampiran", "Nama berkas, mis. laporan-2023.pdf.", Kind.FILE, true),
                            text("title", "Judul lampiran", "1–200 karakter, mis. Laporan 2023 (PDF).", Kind.TEXT, true))),
            group("source", "Sumber", "Tempat berita pertama kali terbit; nama wajib bila diisi.", Kind.GROUP, false, List.of(
                    text("name", "Nama media", "1–200 karakter, mis. ANTARA.", Kind.TEXT, true),
                    text("url", "Alamat sumber", "Diawali http:// atau https://.", Kind.TEXT, false))),
            group("contact", "Kontak media", "Bila berbeda dari kontak situs; nama wajib bila diisi.", Kind.GROUP, false, List.of(
                    text("name", "Nama kontak", "1–200 karakter, mis. Humas Dinas Koperasi dan UKM.", Kind.TEXT, true),
                    text("phone", "Telepon", "3–50 karakter, mis. +62 401 312 3456.", Kind.TEXT, false),
                    text("email", "Surel", "Alamat surel, mis. humas@diskop.go.id.", Kind.TEXT, false))),
            advanced(text("aliases", "Alamat lama", "Alamat lama situs ini yang harus mengarah ke rilis ini, diawali '/', "
                    + "mis. /berita/rakorda.html.", Kind.TEXT_LIST, false)));

    private Fields() {
    }

    /** The names of these fields, in their order. */
    public static Set<String> keys(List<Field> fields) {
        Set<String> keys = new LinkedHashSet<>();
        for (Field field : fields) keys.add(field.key());
        return java.util.Collections.unmodifiableSet(keys);
    }

    /** A top-level field by its name. @throws IllegalArgumentException when there is none */
    public static Field top(String key) {
        return find(ALL, key);
    }

    private static Field find(List<Field> fields, String key) {
        for (Field field : fields) if (field.key().equals(key)) return field;
        throw new IllegalArgumentException("no field \"" + key + "\" in the content model");
    }

    private static Field text(String key, String label, String help, Kind kind, boolean required) {
        return new Field(key, label, help, kind, required, false, List.of());
    }

    private static Field group(String key, String label, String help, Kind kind, boolean required, List<Field> parts) {
        return new Field(key, label, help, kind, required, false, parts);
    }

    private static Field advanced(Field field) {
        return new Field(field.key(), field.label(), field.help(), field.kind(), field.required(), true, field.parts());
    }
}
