<#ftl output_format="HTML" strip_whitespace=true>
<#-- The "not found" page, /404.html. -->
<#import "layout.ftl" as layout>
<@layout.page content=content>
  <h1>Halaman tidak ditemukan</h1>
  <p>Alamat yang Anda buka tidak ada di situs ini. Mungkin alamatnya salah ketik, atau rilisnya telah dipindahkan.</p>
  <p>Coba <a href="/cari/">cari rilis</a>, atau buka <a href="/">beranda</a> dan <a href="/arsip/">arsip</a>.</p>
</@layout.page>
