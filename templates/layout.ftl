<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The one layout of every HTML page. Import as: <#import "layout.ftl" as layout>

  Macro page
  | name    | type   | required | default | example                                      |
  |---------|--------|----------|---------|----------------------------------------------|
  | content | hash   | yes      |         | the page model: content.page, content.site   |
  | feed    | string | no       | ""      | "/wilayah/sulawesi-tenggara/feed.xml"        |
  | type    | string | no       | website | "article" for a release (Open Graph type)    |
  The page's body is the macro's nested content.
-->
<#macro page content feed="" type="website">
<#setting locale=content.site.locale>
<#setting time_zone=content.site.timezone>
<#assign path = content.page.path>
<!DOCTYPE html>
<html lang="${content.site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.page.title} | ${content.site.title}</title>
<meta name="description" content="${content.page.description}">
<link rel="canonical" href="${content.page.url}">
<meta property="og:type" content="${type}">
<meta property="og:title" content="${content.page.title}">
<meta property="og:description" content="${content.page.description}">
<meta property="og:url" content="${content.page.url}">
<meta property="og:locale" content="${content.site.locale}">
<link rel="stylesheet" href="/css/warta.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<#if feed?has_content><link rel="alternate" type="application/atom+xml" title="Umpan: ${content.page.title}" href="${feed}"></#if>
</head>
<body>
<a class="skip-link" href="#isi">Langsung ke isi</a>
<header class="masthead">
  <div class="wrap masthead__bar">
    <a class="brand" href="/"><span class="brand__name">${content.site.title}</span><span class="brand__office">${content.site.office}</span></a>
    <form class="search-box" role="search" action="/cari/" method="get" aria-label="Cari rilis">
      <label class="visually-hidden" for="q-kepala">Cari rilis</label>
      <input id="q-kepala" name="q" type="search" placeholder="Cari rilis…" autocomplete="off">
      <button type="submit">Cari</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="Menu utama">
    <ul class="wrap">
      <#list [["Beranda", "/"], ["Berita", "/berita/"], ["Pengumuman", "/pengumuman/"], ["Publikasi", "/publikasi/"],
              ["Arsip", "/arsip/"], ["Wilayah", "/wilayah/"], ["Topik", "/topik/"], ["Narasumber", "/narasumber/"]] as item>
        <#assign here = (item[1] == "/" && (path == "/" || path?starts_with("/halaman/"))) || (item[1] != "/" && path?starts_with(item[1]))>
        <li><a href="${item[1]}"<#if here> aria-current="page"</#if>>${item[0]}</a></li>
      </#list>
    </ul>
  </nav>
</header>
<main id="isi" class="wrap" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><strong>${content.site.office}</strong></p>
    <p>Kontak media: ${content.site.contact.name} · <a href="tel:${content.site.contact.phone?replace(' ', '')}">${content.site.contact.phone}</a> · <a href="mailto:${content.site.contact.email}">${content.site.contact.email}</a></p>
    <p><a href="/feed.xml">Umpan Atom</a> · <a href="/arsip/">Arsip lengkap</a> · <a href="/sitemap.xml">Peta situs</a> · <a href="/aksesibilitas/">Aksesibilitas</a></p>
  </div>
</footer>
</body>
</html>
</#macro>
