<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page, /cari/. /js/cari.js (deferred, this page only) searches the static index under
     /cari/indeks/ as the reader types and keeps the URL in step (?q=…&bagian=…&provinsi=…&topik=…&dari=…&sampai=…&urut=…).
     Without JavaScript the page says so and offers the lists. Model: content.page. -->
<#import "layout.ftl" as layout>
<@layout.page content=content script="/js/cari.js">
  <h1>Cari rilis</h1>
  <form id="cari-form" class="search-page" role="search" action="/cari/" method="get" aria-label="Cari rilis">
    <div class="search-form">
      <label for="q">Kata yang dicari</label>
      <input id="q" name="q" type="search" autocomplete="off" aria-describedby="cari-petunjuk">
      <button type="submit">Cari</button>
    </div>
    <p id="cari-petunjuk" class="search-page__hint">Semua kata harus ada; tulis frasa persis di antara tanda kutip, mis. "rapat koordinasi".</p>
    <details id="cari-saring" class="search-page__more" hidden>
    <summary>Saring dan urutkan</summary>
    <fieldset class="search-page__filters">
      <legend class="visually-hidden">Saring hasil</legend>
      <p><label for="bagian">Bagian</label> <select id="bagian" name="bagian"><option value="">Semua bagian</option></select></p>
      <p><label for="provinsi">Provinsi</label> <select id="provinsi" name="provinsi"><option value="">Semua provinsi</option></select></p>
      <p><label for="topik">Topik</label> <select id="topik" name="topik"><option value="">Semua topik</option></select></p>
      <p><label for="dari">Dari tahun</label> <input id="dari" name="dari" type="number" inputmode="numeric" min="1990" max="2100"></p>
      <p><label for="sampai">Sampai tahun</label> <input id="sampai" name="sampai" type="number" inputmode="numeric" min="1990" max="2100"></p>
      <p><label for="urut">Urutkan</label> <select id="urut" name="urut"><option value="relevansi">Paling cocok</option><option value="tanggal">Terbaru</option></select></p>
      <p class="search-page__check"><input id="ditarik" name="ditarik" type="checkbox" value="1"> <label for="ditarik">Sertakan rilis yang ditarik</label></p>
    </fieldset>
    </details>
  </form>
  <p id="cari-tanpa-js">Pencarian di halaman ini membutuhkan JavaScript. Anda juga dapat menelusuri semua rilis melalui
    <a href="/arsip/">arsip menurut tanggal</a>, <a href="/wilayah/">daftar provinsi</a>,
    <a href="/topik/">daftar topik</a> dan <a href="/narasumber/">daftar narasumber</a>.</p>
  <p id="cari-status" class="search-page__status" role="status" aria-live="polite"></p>
  <ol id="cari-hasil" class="cards search-page__results"></ol>
  <button id="cari-lagi" class="button" type="button" hidden>Tampilkan lebih banyak</button>
</@layout.page>
