<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page. -->
<#import "layout.ftl" as layout>
<@layout.page content=content>
  <h1>Cari rilis</h1>
  <form class="search-form" role="search" action="/cari/" method="get" aria-label="Cari rilis">
    <label for="q">Kata yang dicari</label>
    <input id="q" name="q" type="search">
    <button type="submit">Cari</button>
  </form>
  <p>Pencarian di halaman ini membutuhkan JavaScript. Anda juga dapat menelusuri semua rilis melalui
    <a href="/arsip/">arsip menurut tanggal</a>, <a href="/wilayah/">daftar provinsi</a>,
    <a href="/topik/">daftar topik</a> dan <a href="/narasumber/">daftar narasumber</a>.</p>
</@layout.page>
