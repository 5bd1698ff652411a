import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes N synthetic releases in the content contract's format, for the benchmarks: every contract field is used
 * somewhere, all 38 provinces, dates over 20 years (2006–2025), bodies of about 600 words of Indonesian prose
 * assembled from sentence patterns. The same N and seed always give the same files, byte for byte.
 *
 * <pre>java bench/korpus/Korpus.java &lt;N&gt; &lt;project folder&gt; [seed]</pre>
 *
 * The project folder gets {@code content/} only; the bench scripts link the real templates, assets and settings
 * beside it. Run with Java 17's single-file launcher: no build, no dependency.
 */
public final class Korpus {
    static final String[][] PROVINCES = {
            {"Aceh", "Banda Aceh", "Kabupaten Aceh Besar", "Kabupaten Pidie"},
            {"Sumatera Utara", "Medan", "Kabupaten Deli Serdang", "Kota Pematangsiantar"},
            {"Sumatera Barat", "Padang", "Kabupaten Agam", "Kota Bukittinggi"},
            {"Riau", "Pekanbaru", "Kabupaten Kampar", "Kota Dumai"},
            {"Kepulauan Riau", "Tanjungpinang", "Kota Batam", "Kabupaten Bintan"},
            {"Jambi", "Jambi", "Kabupaten Muaro Jambi", "Kabupaten Kerinci"},
            {"Bengkulu", "Bengkulu", "Kabupaten Rejang Lebong", "Kabupaten Seluma"},
            {"Sumatera Selatan", "Palembang", "Kabupaten Ogan Ilir", "Kota Lubuklinggau"},
            {"Kepulauan Bangka Belitung", "Pangkalpinang", "Kabupaten Belitung", "Kabupaten Bangka Tengah"},
            {"Lampung", "Bandar Lampung", "Kabupaten Lampung Selatan", "Kota Metro"},
            {"Banten", "Serang", "Kabupaten Pandeglang", "Kota Tangerang"},
            {"DKI Jakarta", "Jakarta", "Kota Jakarta Timur", "Kota Jakarta Utara"},
            {"Jawa Barat", "Bandung", "Kabupaten Garut", "Kota Bogor"},
            {"Jawa Tengah", "Semarang", "Kabupaten Banyumas", "Kota Surakarta"},
            {"DI Yogyakarta", "Yogyakarta", "Kabupaten Sleman", "Kabupaten Bantul"},
            {"Jawa Timur", "Surabaya", "Kabupaten Malang", "Kabupaten Banyuwangi"},
            {"Bali", "Denpasar", "Kabupaten Gianyar", "Kabupaten Buleleng"},
            {"Nusa Tenggara Barat", "Mataram", "Kabupaten Lombok Timur", "Kabupaten Sumbawa"},
            {"Nusa Tenggara Timur", "Kupang", "Kabupaten Sikka", "Kabupaten Manggarai Barat"},
            {"Kalimantan Barat", "Pontianak", "Kabupaten Sambas", "Kota Singkawang"},
            {"Kalimantan Tengah", "Palangka Raya", "Kabupaten Kotawaringin Barat", "Kabupaten Kapuas"},
            {"Kalimantan Selatan", "Banjarmasin", "Kabupaten Banjar", "Kota Banjarbaru"},
            {"Kalimantan Timur", "Samarinda", "Kota Balikpapan", "Kabupaten Kutai Kartanegara"},
            {"Kalimantan Utara", "Tanjung Selor", "Kota Tarakan", "Kabupaten Nunukan"},
            {"Sulawesi Utara", "Manado", "Kota Bitung", "Kabupaten Minahasa"},
            {"Gorontalo", "Gorontalo", "Kabupaten Bone Bolango", "Kabupaten Pohuwato"},
            {"Sulawesi Tengah", "Palu", "Kabupaten Donggala", "Kabupaten Banggai"},
            {"Sulawesi Barat", "Mamuju", "Kabupaten Polewali Mandar", "Kabupaten Majene"},
            {"Sulawesi Selatan", "Makassar", "Kabupaten Gowa", "Kota Parepare"},
            {"Sulawesi Tenggara", "Kendari", "Kota Baubau", "Kabupaten Kolaka"},
            {"Maluku", "Ambon", "Kabupaten Maluku Tenggara", "Kota Tual"},
            {"Maluku Utara", "Sofifi", "Kota Ternate", "Kabupaten Halmahera Barat"},
            {"Papua", "Jayapura", "Kabupaten Biak Numfor", "Kabupaten Keerom"},
            {"Papua Barat", "Manokwari", "Kabupaten Fakfak", "Kabupaten Kaimana"},
            {"Papua Barat Daya", "Sorong", "Kabupaten Raja Ampat", "Kabupaten Sorong Selatan"},
            {"Papua Selatan", "Merauke", "Kabupaten Boven Digoel", "Kabupaten Mappi"},
            {"Papua Tengah", "Nabire", "Kabupaten Mimika", "Kabupaten Paniai"},
            {"Papua Pegunungan", "Wamena", "Kabupaten Jayawijaya", "Kabupaten Yahukimo"},
    };
    /** Offset of each province's capital: WIB +07, WITA +08, WIT +09 (index into PROVINCES). */
    static String offset(int province) {
        if (province <= 15 || province == 19 || province == 20) return "+07:00";
        if (province >= 30) return "+09:00";
        return "+08:00";
    }

    static final String[] KINDS = {"Rapat Koordinasi", "Rapat Koordinasi Daerah", "Pelatihan", "Sosialisasi",
            "Bimbingan Teknis", "Temu Usaha", "Forum Konsultasi", "Rapat Evaluasi", "Lokakarya", "Sarasehan"};
    static final String[] KIND_SHORT = {"rakor", "rakorda", "pelatihan", "sosialisasi", "bimtek", "temu usaha",
            "forum konsultasi", "rapat evaluasi", "lokakarya", "sarasehan"};
    static final String[] TOPICS = {"perencanaan", "pengawasan koperasi", "digitalisasi UMKM", "akses pembiayaan",
            "rapat anggota tahunan", "kredit usaha rakyat", "sertifikasi halal", "legalitas usaha", "ekspor",
            "koperasi simpan pinjam", "koperasi nelayan", "koperasi petani", "kewirausahaan", "pemasaran daring",
            "pendampingan usaha", "pendataan UMKM", "perizinan berusaha", "koperasi desa", "kemasan produk",
            "inkubasi bisnis", "pangan lokal", "ekonomi kreatif", "koperasi wanita", "sinkronisasi program",
            "kemitraan usaha", "hilirisasi produk", "tata kelola koperasi", "literasi keuangan"};
    static final String[] SUBJECTS = {"pelaku usaha mikro", "pengurus koperasi", "pengelola koperasi simpan pinjam",
            "perajin tenun", "pengolah hasil perikanan", "petani kopi", "pelaku usaha kuliner", "kelompok tani",
            "pengurus koperasi wanita", "pemuda wirausaha", "pengrajin rotan", "produsen keripik", "pedagang pasar",
            "nelayan pesisir", "pengolah rumput laut", "peternak sapi", "petani kakao", "penenun songket"};
    static final String[] VENUES = {"Aula Dinas Koperasi dan UKM", "Hotel %s Convention", "Gedung Serbaguna %s",
            "Ruang Rapat Kantor Gubernur", "Balai Pelatihan Koperasi %s", "Aula Kantor Bupati", "Hotel Grand %s",
            "Pendopo Rumah Jabatan", "Gedung Pertemuan Kota %s", "Ruang Pola Kantor Wali Kota"};
    static final String[] FIRST = {"Ahmad", "Siti", "Budi", "Dewi", "Made", "Ketut", "Yohanes", "Maria", "La Ode",
            "Wa Ode", "Andi", "Rahmat", "Nur", "Agus", "Sri", "Teuku", "Cut", "Muhammad", "Fransiskus", "Yuliana",
            "Hendra", "Rina", "Dedi", "Lestari", "Petrus", "Anak Agung", "Ni Luh", "Syamsul", "Fitri", "Marthen",
            "Abdul", "Hasanah", "Irwan", "Theresia", "Gusti", "Daeng", "Bambang", "Ratna", "Yosef", "Nurul"};
    static final String[] LAST = {"Saputra", "Rahmawati", "Hidayat", "Lubis", "Siregar", "Wijaya", "Pratama",
            "Nainggolan", "Kurniawan", "Manurung", "Sitompul", "Pattimura", "Mahmud", "Rumbiak", "Tanjung",
            "Harahap", "Wonda", "Matondang", "Sembiring", "Latuconsina", "Nasution", "Daulay", "Suryani", "Effendi",
            "Karubaba", "Fauzi", "Setiawan", "Syahrir", "Marpaung", "Sinaga", "Putri", "Ginting", "Tobing",
            "Kambu", "Rahman", "Halim", "Susanto", "Wulandari", "Pangaribuan", "Mandacan"};
    static final String[] HONOURS = {"", "", "Dr. ", "Ir. ", "H. ", "Hj. ", "Drs. ", "Dra. "};
    static final String[] DEGREES = {"", "", ", S.E.", ", M.Si.", ", S.Sos.", ", M.M.", ", S.H.", ", M.A.P."};
    static final String[] ROLES = {"Kepala Dinas Koperasi dan UKM Provinsi %s", "Sekretaris Daerah Provinsi %s",
            "Gubernur %s", "Wakil Gubernur %s", "Kepala Bidang Pengawasan Koperasi Provinsi %s",
            "Ketua Dewan Koperasi Indonesia Wilayah %s", "Asisten Perekonomian Setda Provinsi %s",
            "Kepala Bidang Usaha Mikro Provinsi %s", "Kepala UPTD Pelatihan Koperasi Provinsi %s"};
    static final String[] NATIONAL_ROLES = {"Deputi Bidang Perkoperasian", "Asisten Deputi Pengembangan SDM",
            "Direktur Pembiayaan Usaha Mikro", "Staf Ahli Bidang Ekonomi Makro", "Kepala Biro Perencanaan"};
    static final String[] FIGURES = {"Koperasi aktif", "Koperasi yang melaksanakan RAT", "Pelaku UMKM terdata",
            "Peserta pelatihan", "Penyaluran KUR", "Produk bersertifikat halal", "Koperasi tidak aktif",
            "UMKM bermitra dengan BUMN"};
    static final String[] UNITS = {null, null, null, "orang", "miliar rupiah", "produk", null, "unit usaha"};

    /** Sentence patterns; {A} … are filled per release. Each about 20 words. */
    static final String[] OPENING = {
            "{KIND} {TOPIC} di {CITY} dibuka pada {DAY} oleh {S1}, {R1}, dan diikuti {N} peserta dari {K} kabupaten dan kota.",
            "Sebanyak {N} peserta dari {K} kabupaten dan kota mengikuti {KINDL} {TOPIC} yang digelar di {VENUE}, {CITY}, sejak {DAY}.",
            "{S1}, {R1}, membuka {KINDL} bertema {THEME} di {VENUE} pada {DAY}, dengan peserta dari {K} daerah.",
    };
    static final String[] MIDDLE = {
            "Dalam sambutannya, {S1} menegaskan bahwa {TOPIC} harus menjadi perhatian bersama pemerintah daerah, koperasi dan pelaku usaha.",
            "Ia mengingatkan bahwa data {FIGL} yang akurat menjadi dasar penyusunan program dan anggaran tahun berikutnya.",
            "Menurut {S2}, {R2}, banyak {SUBJ} di {REG} masih membutuhkan pendampingan agar usahanya naik kelas.",
            "Peserta diajak memanfaatkan platform digital untuk memasarkan produk, mulai dari lokapasar hingga media sosial.",
            "Kegiatan ini juga membahas sinkronisasi program pusat dan daerah supaya bantuan tidak tumpang tindih.",
            "Pada sesi diskusi, perwakilan {SUBJ} menyampaikan kendala permodalan, perizinan dan pemasaran yang mereka hadapi.",
            "Narasumber menjelaskan langkah mengurus nomor induk berusaha secara daring beserta syarat yang perlu disiapkan.",
            "{S2} mencatat bahwa jumlah {FIGL} di {PROV} mencapai {FIGV} pada {FIGY}, meningkat dibanding tahun sebelumnya.",
            "Pemerintah provinsi berkomitmen memperkuat pengawasan koperasi agar dana anggota dikelola secara transparan dan akuntabel.",
            "Selain materi kelas, peserta mengunjungi sentra produksi {SUBJ} di {REG} untuk melihat praktik pengemasan yang baik.",
            "Rapat anggota tahunan yang tertib disebut sebagai ukuran kesehatan koperasi yang paling mudah dipantau masyarakat.",
            "Ia berharap para {SUBJ} tidak ragu berkonsultasi ke pusat layanan terpadu yang dibuka setiap hari kerja.",
            "Pelatihan lanjutan dijadwalkan bagi peserta yang lulus evaluasi, dengan pendampingan selama tiga bulan.",
            "Akses pembiayaan melalui kredit usaha rakyat dinilai masih perlu diperluas bagi usaha mikro di daerah terpencil.",
            "Sejumlah bank daerah turut hadir dan membuka meja konsultasi pembiayaan bagi koperasi dan pelaku usaha.",
            "Diskusi kelompok menghasilkan rumusan rekomendasi yang akan dibawa ke rapat koordinasi tingkat nasional.",
            "{S1} meminta kepala dinas kabupaten dan kota segera memperbarui data koperasi aktif paling lambat akhir triwulan.",
            "Kemasan yang menarik, label gizi dan sertifikat halal disebut sebagai kunci agar produk lokal bisa masuk ritel modern.",
            "Peserta dari {REG} berbagi pengalaman membentuk koperasi yang menampung hasil panen anggotanya dengan harga wajar.",
            "Koperasi yang tidak aktif selama tiga tahun berturut-turut akan dibina ulang atau dibubarkan sesuai ketentuan.",
            "Pelatihan ini menggunakan metode praktik langsung, sehingga peserta pulang dengan rencana usaha yang bisa dijalankan.",
            "Menurutnya, literasi keuangan pengurus koperasi berpengaruh langsung pada kepercayaan anggota terhadap lembaganya.",
            "Dinas juga menyiapkan kanal pengaduan bagi anggota koperasi yang merasa dirugikan oleh pengurus.",
            "Kolaborasi dengan perguruan tinggi setempat dirintis untuk pendampingan {SUBJ} secara berkelanjutan.",
            "Target tahun ini adalah menambah {FIGV2} {SUBJ} yang memiliki legalitas usaha lengkap.",
            "Beberapa peserta mengeluhkan harga bahan baku yang naik, sementara harga jual produk mereka belum bisa disesuaikan.",
            "Untuk koperasi simpan pinjam, narasumber menekankan pemisahan kas pinjaman dan kas operasional serta audit berkala.",
            "Pemerintah kabupaten diminta menganggarkan biaya pendampingan di APBD perubahan agar program tidak berhenti di tengah jalan.",
            "Sebagian besar peserta baru pertama kali menyusun laporan keuangan sederhana dengan aplikasi di telepon genggam.",
            "Dinas mencatat masih ada koperasi yang belum menyesuaikan anggaran dasarnya dengan peraturan terbaru.",
            "Peserta dari daerah kepulauan meminta jadwal pelatihan disesuaikan dengan musim gelombang agar mereka bisa hadir.",
            "Produk unggulan seperti kain tenun, kopi bubuk, abon ikan dan keripik pisang dipamerkan di selasar gedung.",
            "Ia menambahkan bahwa kemitraan dengan toko swalayan dan hotel lokal terbuka bagi produk yang lolos kurasi.",
            "Hasil kegiatan akan dievaluasi tiga bulan kemudian melalui kunjungan lapangan ke usaha para peserta.",
            "Narasumber dari perbankan memaparkan cara menghitung kemampuan membayar cicilan sebelum mengajukan pinjaman.",
            "Pengurus koperasi diingatkan bahwa simpanan anggota bukan modal pribadi dan wajib dipertanggungjawabkan dalam rapat anggota.",
            "Menurut panitia, lebih dari separuh peserta adalah perempuan yang mengelola usaha rumah tangga.",
    };
    static final String[] CLOSING = {
            "Kegiatan ditutup pada {END} dengan penandatanganan komitmen bersama oleh seluruh kepala dinas yang hadir.",
            "{KIND} berakhir pada {END}; hasilnya akan dilaporkan kepada gubernur sebagai bahan kebijakan.",
            "Panitia menyatakan materi dan presentasi narasumber dapat diminta melalui sekretariat dinas.",
    };
    static final String[] HEADINGS = {"Pembahasan utama", "Kendala di lapangan", "Langkah berikutnya",
            "Pendampingan dan pembiayaan", "Data dan capaian"};
    static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};
    static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private final Random random;
    private final Set<String> addresses = new HashSet<>();

    private Korpus(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/korpus/Korpus.java <N> <project folder> [seed]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path project = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260522L;
        Path content = project.resolve("content");
        if (Files.exists(content)) {
            System.err.println(content + " exists; give an empty project folder");
            System.exit(2);
        }
        Korpus korpus = new Korpus(seed);
        long words = 0;
        for (int i = 0; i < n; i++) words += korpus.write(content, i);
        System.out.printf(Locale.ROOT, "wrote %d releases, %d body words (%.0f a release) into %s%n",
                n, words, (double) words / n, content);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String person() {
        return pick(HONOURS) + pick(FIRST) + " " + pick(LAST) + pick(DEGREES);
    }

    /** Writes release number i; returns its body's word count. */
    private int write(Path content, int i) throws IOException {
        LocalDate date = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(20 * 365));
        int p = random.nextInt(PROVINCES.length + 2);          // the last two: national releases
        boolean national = p >= PROVINCES.length;
        String[] prov = national ? null : PROVINCES[p];
        String city = national ? "Jakarta" : prov[1];
        String regency = national ? "Kota Jakarta Pusat" : (random.nextBoolean() ? prov[2] : prov[3]);
        int kind = random.nextInt(KINDS.length);
        String topic = pick(TOPICS);
        int section = random.nextInt(20);                      // 17 berita, 2 pengumuman, 1 publikasi
        String sectionName = section < 17 ? "berita" : section < 19 ? "pengumuman" : "publikasi";
        String where = national ? "Nasional" : prov[0];
        String title = KINDS[kind] + " " + capitalise(topic) + " " + where + " " + date.getYear()
                + (random.nextInt(4) == 0 ? ": " + capitalise(pick(SUBJECTS)) + " " + pick(new String[]{"Naik Kelas",
                "Diajak Go Digital", "Perkuat Jejaring", "Benahi Tata Kelola"}) : "");
        String slug = slug(title);
        String base = slug;
        for (int k = 2; !addresses.add(sectionName + "/" + date.getYear() + "/" + slug); k++) slug = base + "-" + k;

        String s1 = person(), s2 = person();
        String r1 = national ? pick(NATIONAL_ROLES) : String.format(pick(ROLES), prov[0]);
        String r2 = national ? pick(NATIONAL_ROLES) : String.format(pick(ROLES), prov[0]);
        int participants = 20 + random.nextInt(280);
        int districts = 3 + random.nextInt(20);
        int days = random.nextInt(3);
        LocalDate start = date.minusDays(1 + random.nextInt(3));
        LocalDate end = start.plusDays(days);
        String venue = String.format(pick(VENUES), city);
        String theme = capitalise(pick(SUBJECTS)) + " " + pick(new String[]{"Tangguh dan Mandiri", "Berdaya Saing",
                "Naik Kelas", "Siap Digital", "Sejahtera Bersama"});
        int figure = random.nextInt(FIGURES.length);
        int figureValue = 50 + random.nextInt(9000);
        int figureYear = date.getYear() - 1;

        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(quote(title)).append('\n');
        fm.append("date: ").append(date).append('\n');
        String summary = KINDS[kind] + " " + topic + " di " + city + " diikuti " + participants + " peserta dari "
                + districts + " kabupaten dan kota, membahas " + pick(SUBJECTS) + " dan " + pick(TOPICS) + ".";
        fm.append("summary: ").append(quote(summary)).append('\n');
        int status = random.nextInt(100);
        if (status == 0) fm.append("status: draft\n");
        else if (status == 1) fm.append("status: withdrawn\n");
        if (random.nextInt(10) == 0) fm.append("updated: ").append(date.plusDays(2)).append('\n');
        if (random.nextInt(25) == 0 || status == 1) {
            fm.append("changes:\n  - {date: ").append(date.plusDays(3)).append(", note: ")
                    .append(quote(status == 1 ? "Rilis ditarik karena data peserta belum diverifikasi."
                            : "Jumlah peserta diperbaiki sesuai daftar hadir.")).append("}\n");
        }
        if (!national) fm.append("province: ").append(prov[0]).append('\n');
        fm.append("regency: ").append(regency).append('\n');
        fm.append("event:\n");
        fm.append("  name: ").append(quote(KINDS[kind] + " " + capitalise(topic) + " " + where)).append('\n');
        boolean timed = random.nextInt(3) > 0;
        String offset = national ? "+07:00" : offset(p);
        fm.append("  start: ").append(start).append(timed ? "T0" + (8 + random.nextInt(2)) + ":00:00" + offset : "")
                .append('\n');
        fm.append("  end: ").append(end).append('\n');
        fm.append("  venue: ").append(quote(venue)).append('\n');
        fm.append("  participants: ").append(participants).append('\n');
        fm.append("  theme: ").append(quote(theme)).append('\n');
        fm.append("  organizer: ").append(quote(national ? "Kementerian Koperasi dan UKM"
                : "Dinas Koperasi dan UKM Provinsi " + prov[0])).append('\n');
        fm.append("speakers:\n");
        fm.append("  - {name: ").append(quote(s1)).append(", role: ").append(quote(r1)).append("}\n");
        fm.append("  - {name: ").append(quote(s2)).append(", role: ").append(quote(r2));
        if (random.nextBoolean()) fm.append(", organization: ").append(quote("Dekopinwil " + where));
        fm.append("}\n");
        Set<String> topics = new LinkedHashSet<>(List.of(topic, pick(TOPICS), pick(TOPICS)));
        fm.append("topics: [").append(String.join(", ", topics)).append("]\n");
        fm.append("figures:\n");
        fm.append("  - {label: ").append(quote(FIGURES[figure])).append(", value: ").append(figureValue);
        if (UNITS[figure] != null) fm.append(", unit: ").append(quote(UNITS[figure]));
        fm.append(", year: ").append(figureYear).append("}\n");
        fm.append("  - {label: Peserta, value: ").append(participants).append(", unit: orang, year: ")
                .append(date.getYear()).append("}\n");
        if (random.nextInt(3) > 0) {
            boolean meeting = kind < 2 || kind == 6 || kind == 7;
            fm.append("image:\n  src: img/").append(meeting ? "rapat-koordinasi.svg" : "pelatihan-umkm.svg").append('\n');
            fm.append("  alt: ").append(quote(meeting ? "Ilustrasi peserta rapat duduk mengelilingi meja"
                    : "Ilustrasi peserta pelatihan memperhatikan pemateri")).append('\n');
            fm.append("  caption: ").append(quote("Suasana " + KINDS[kind].toLowerCase(Locale.ROOT) + " di " + city))
                    .append('\n');
            fm.append("  credit: ").append(quote("Humas " + (national ? "Kementerian" : "Dinas Koperasi " + where)))
                    .append('\n');
        }
        Path folder = content.resolve(sectionName).resolve(Integer.toString(date.getYear()));
        Files.createDirectories(folder);
        if (sectionName.equals("publikasi")) {
            String file = slug + ".pdf";
            fm.append("attachments:\n  - {src: ").append(file).append(", title: ").append(quote("Bahan paparan (PDF)"))
                    .append("}\n");
            Files.writeString(folder.resolve(file), MINIMAL_PDF, StandardCharsets.ISO_8859_1);
        }
        if (random.nextInt(5) == 0) fm.append("source: {name: ").append(quote("Harian " + city))
                .append(random.nextBoolean() ? ", url: \"https://example.org/" + slug + "\"" : "").append("}\n");
        if (random.nextInt(8) == 0) fm.append("contact: {name: ").append(quote("Humas Dinas Koperasi " + where))
                .append(", phone: \"+62 811 ").append(1000 + random.nextInt(9000)).append(' ')
                .append(1000 + random.nextInt(9000)).append("\", email: humas@koperasi.example.go.id}\n");
        if (random.nextInt(20) == 0) fm.append("aliases: [/lama/rilis-").append(i).append(".html]\n");
        fm.append("---\n");

        String[] slots = {
                "{KIND}", KINDS[kind], "{KINDL}", KINDS[kind].toLowerCase(Locale.ROOT), "{TOPIC}", topic,
                "{CITY}", city, "{VENUE}", venue, "{DAY}", spoken(start), "{END}", spoken(end),
                "{S1}", s1, "{R1}", r1, "{S2}", s2, "{R2}", r2, "{N}", Integer.toString(participants),
                "{K}", Integer.toString(districts), "{THEME}", "\"" + theme + "\"", "{REG}", regency,
                "{PROV}", national ? "Indonesia" : prov[0], "{FIGL}", FIGURES[figure].toLowerCase(Locale.ROOT),
                "{FIGV}", number(figureValue), "{FIGY}", Integer.toString(figureYear),
                "{FIGV2}", Integer.toString(100 + random.nextInt(900)), "{SUBJ}", pick(SUBJECTS)};
        StringBuilder body = new StringBuilder();
        List<String> middle = new ArrayList<>(List.of(MIDDLE));
        java.util.Collections.shuffle(middle, random);
        body.append(fill(pick(OPENING), slots)).append(' ').append(fill(middle.get(0), slots)).append("\n\n");
        int words = 0;
        int used = 1;
        for (int paragraph = 0; paragraph < 9; paragraph++) {
            if (paragraph == 4) body.append("## ").append(pick(HEADINGS)).append("\n\n");
            for (int s = 0; s < 4; s++) {
                slots[slots.length - 1] = pick(SUBJECTS);
                body.append(fill(middle.get(used++ % middle.size()), slots)).append(s < 3 ? " " : "\n\n");
            }
        }
        body.append(fill(pick(CLOSING), slots)).append('\n');
        for (String w : body.toString().split("\\s+")) if (!w.isBlank() && !w.equals("##")) words++;
        Files.writeString(folder.resolve(slug + ".md"), fm.append(body), StandardCharsets.UTF_8);
        return words;
    }

    private static String fill(String pattern, String[] slots) {
        String s = pattern;
        for (int k = 0; k < slots.length; k += 2) s = s.replace(slots[k], slots[k + 1]);
        return s;
    }

    private static String spoken(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1] + ", " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1]
                + " " + d.getYear();
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(w.equals(w.toUpperCase(Locale.ROOT)) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String slug(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return folded.replaceAll("^-|-$", "");
    }

    static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
}
