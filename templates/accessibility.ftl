<#ftl output_format="HTML" strip_whitespace=true>
<#-- The accessibility statement, /aksesibilitas/. Model: content.page, content.site (contact). -->
<#import "layout.ftl" as layout>
<@layout.page content=content>
  <h1>Pernyataan aksesibilitas</h1>
  <p>${content.site.office} ingin situs ini dapat dipakai oleh semua orang: pengguna pembaca layar,
    pengguna papan ketik saja, pembaca dengan penglihatan terbatas, dan pembaca di ponsel sederhana dengan
    jaringan lambat.</p>
  <h2>Standar yang kami tuju</h2>
  <p>Situs ini dirancang untuk memenuhi Pedoman Aksesibilitas Konten Web (WCAG) 2.1 tingkat AA.</p>
  <ul>
    <li>Setiap halaman dapat dibaca dan dijelajahi tanpa JavaScript dan hanya dengan papan ketik; tautan
      “Langsung ke isi” ada di awal setiap halaman.</li>
    <li>Setiap foto memiliki teks pengganti; tanggal ditulis lengkap dalam bahasa Indonesia.</li>
    <li>Warna teks dan latar memenuhi rasio kontras yang disyaratkan, juga pada mode gelap.</li>
    <li>Teks dapat diperbesar hingga 200% tanpa kehilangan isi, dan halaman dapat dicetak dengan rapi.</li>
  </ul>
  <h2>Keterbatasan yang kami ketahui</h2>
  <ul>
    <li>Lampiran PDF berasal dari berbagai sumber dan belum tentu dapat dibaca pembaca layar. Bila Anda
      memerlukan isinya dalam bentuk lain, hubungi kami.</li>
    <li>Pencarian di halaman Cari membutuhkan JavaScript; arsip, daftar provinsi, topik dan narasumber
      dapat dipakai tanpa JavaScript.</li>
  </ul>
  <h2>Sampaikan kendala</h2>
  <p>Bila ada bagian situs yang sulit Anda gunakan, beri tahu kami: ${content.site.contact.name},
    telepon <a href="tel:${content.site.contact.phone?replace(' ', '')}">${content.site.contact.phone}</a>,
    surel <a href="mailto:${content.site.contact.email}">${content.site.contact.email}</a>. Sebutkan alamat
    halaman dan kendala yang Anda alami.</p>
</@layout.page>
