<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The one layout of every HTML page. Import as: <#import "layout.ftl" as layout>

  Macro page
  | name    | type   | required | default | example                                      |
  |---------|--------|----------|---------|----------------------------------------------|
  | content | hash   | yes      |         | the page model: content.page, content.site   |
  | feed    | string | no       | ""      | "/wilayah/sulawesi-tenggara/feed.xml"        |
  | type    | string | no       | website | "article" for a release (Open Graph type)    |
  | social  | hash   | no       | {}      | {"image": "http://…/berita/2023/foto.jpg",   |
  |         |        |          |         |  "imageAlt": "Peserta rakorda …",             |
  |         |        |          |         |  "published": "2023-05-25T00:00:00+07:00",   |
  |         |        |          |         |  "modified": "2023-05-27T10:00:00+08:00"}     |
  |         |        |          |         |  (every key optional)                         |
  | script  | string | no       | ""      | "/js/salin.js": one deferred script          |
  Every page links the site's feed; a page with its own feed links that too.
  The page's body is the macro's nested content.
-->
<#macro page content feed="" type="website" social={} script="">
<#setting locale=content.site.locale>
<#setting time_zone=content.site.timezone>
<#assign path = content.page.path>
<!DOCTYPE html>
<html lang="${content.site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Warta">
<title>${content.page.title} | ${content.site.title}</title>
<meta name="description" content="${content.page.description}">
<link rel="canonical" href="${content.page.url}">
<meta property="og:type" content="${type}">
<meta property="og:title" content="${content.page.title}">
<meta property="og:description" content="${content.page.description}">
<meta property="og:url" content="${content.page.url}">
<meta property="og:locale" content="${content.site.locale}">
<meta property="og:site_name" content="${content.site.title}">
<#if social.image??>
<meta property="og:image" content="${social.image}">
<meta property="og:image:alt" content="${social.imageAlt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${social.image}">
<meta name="twitter:image:alt" content="${social.imageAlt}">
<#else>
<meta name="twitter:card" content="summary">
</#if>
<meta name="twitter:title" content="${content.page.title}">
<meta name="twitter:description" content="${content.page.description}">
<#if social.published??><meta property="article:published_time" content="${social.published}"></#if>
<#if social.modified??><meta property="article:modified_time" content="${social.modified}"></#if>
<link rel="stylesheet" href="/css/warta.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/icons/ikon-180.png">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="alternate" type="application/atom+xml" title="Umpan: ${content.site.title}" href="/feed.xml">
<#if feed?has_content && feed != "/feed.xml"><link rel="alternate" type="application/atom+xml" title="Umpan: ${content.page.title}" href="${feed}"></#if>
<#if script?has_content><script src="${script}" defer></script></#if>
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
  <#-- Below 62em the menu folds under "Menu" (a <details>: it opens without JavaScript); from 62em it is
       a row of links, drawn open by CSS where ::details-content is known (warta.css, "Header"). -->
  <nav class="site-nav" aria-label="Menu utama">
    <details class="wrap">
    <summary>Menu</summary>
    <ul>
      <#list [["Beranda", "/"], ["Berita", "/berita/"], ["Pengumuman", "/pengumuman/"], ["Publikasi", "/publikasi/"],
              ["Agenda", "/agenda/"], ["Arsip", "/arsip/"], ["Wilayah", "/wilayah/"], ["Topik", "/topik/"], ["Narasumber", "/narasumber/"]] as item>
        <#assign here = (item[1] == "/" && (path == "/" || path?starts_with("/halaman/"))) || (item[1] != "/" && path?starts_with(item[1]))>
        <li><a href="${item[1]}"<#if here> aria-current="page"</#if>>${item[0]}</a></li>
      </#list>
    </ul>
    </details>
  </nav>
</header>
<main id="isi" class="wrap" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><strong>${content.site.office}</strong></p>
    <p>Kontak media: ${content.site.contact.name}<br>Telepon <a href="tel:${content.site.contact.phone?replace(' ', '')}">${content.site.contact.phone}</a><br>Surel <a href="mailto:${content.site.contact.email}">${content.site.contact.email}</a></p>
    <ul class="link-row">
      <li><a href="/feed.xml">Umpan Atom</a></li>
      <li><a href="/arsip/">Arsip lengkap</a></li>
      <li><a href="/agenda.ics">Kalender kegiatan (.ics)</a></li>
      <li><a href="/sitemap.xml">Peta situs</a></li>
      <li><a href="/aksesibilitas/">Aksesibilitas</a></li>
    </ul>
    <p class="link-row__label" id="data-terbuka">Data terbuka, semua rilis:</p>
    <ul class="link-row" aria-labelledby="data-terbuka">
      <li><a href="/api/rilis.csv">CSV</a></li>
      <li><a href="/api/rilis.json">JSON</a></li>
      <li><a href="/api/rilis.schema.json">Skema JSON</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
</#macro>
