<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A page at an old address that leads to a release (the release's `aliases`). It is in no list, no feed and
  not in the sitemap; search engines are told the release is the canonical page.

  Model (content.*)
  | name          | type   | required | example                                         |
  |---------------|--------|----------|-------------------------------------------------|
  | page          | hash   | yes      | page.path "/berita/rakorda-sultra.html"         |
  | site          | hash   | yes      | site.lang "id", site.host, site.title           |
  | release.title | string | yes      | "Rakorda Koperasi dan UMKM Sulawesi Tenggara …" |
  | release.url   | string | yes      | "/berita/2023/rakorda-sultra-2023/"             |
-->
<!DOCTYPE html>
<html lang="${content.site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Warta">
<title>${content.release.title} | ${content.site.title}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${content.release.url}">
<link rel="canonical" href="${content.site.host}${content.release.url}">
<link rel="stylesheet" href="/css/warta.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<main id="isi" class="wrap">
  <h1>Rilis ini telah pindah</h1>
  <p>Alamat ini sudah tidak dipakai. Rilis “${content.release.title}” kini ada di
    <a href="${content.release.url}">${content.site.host}${content.release.url}</a>.</p>
</main>
</body>
</html>
