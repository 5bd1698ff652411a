<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Components of Warta's pages, one macro each. Import as: <#import "components.ftl" as c>
  Every date, list and link model comes from warta-jbake (ReleaseView, IndonesianDates, PageWriter).
-->

<#--
  Macro date: a date as readers and machines read it.
  | name | type | required | default | example                                                              |
  |------|------|----------|---------|----------------------------------------------------------------------|
  | when | hash | yes      |         | {"iso": "2023-05-24T19:30:00+08:00", "day": "Rabu, 24 Mei 2023",      |
  |      |      |          |         |  "short": "24 Mei 2023", "time": "pukul 19.30 WITA"} (time optional)  |
  | short| bool | no       | false   | true: "24 Mei 2023" without the weekday                              |
  Writes <time datetime="2023-05-24T19:30:00+08:00">Rabu, 24 Mei 2023, pukul 19.30 WITA</time>.
-->
<#macro date when short=false>
<time datetime="${when.iso}"><#if short>${when.short}<#else>${when.day}</#if><#if when.time??>, ${when.time}</#if></time><#t>
</#macro>

<#--
  Macro releaseCard: one release in a list.
  | name    | type | required | default | example                                                        |
  |---------|------|----------|---------|----------------------------------------------------------------|
  | release | hash | yes      |         | {"title": "Rakorda …", "path": "/berita/2023/rakorda-sultra/", |
  |         |      |          |         |  "date": <date>, "section": {"name": "Berita", "path": …},     |
  |         |      |          |         |  "province": {"name", "path"} (optional), "summary": "…"}      |
  | level   | int  | no       | 2       | heading level of the title                                     |
-->
<#macro releaseCard release level=2>
<article class="card">
  <p class="card__meta"><a href="${release.section.path}">${release.section.name}</a> · <@date when=release.date short=true/><#if release.province??> · <a href="${release.province.path}">${release.province.name}</a></#if></p>
  <h${level} class="card__title"><a href="${release.path}">${release.title}</a></h${level}>
  <p class="card__summary">${release.summary}</p>
</article>
</#macro>

<#--
  Macro pagination: links between the pages of a list.
  | name       | type | required | default | example                                                          |
  |------------|------|----------|---------|------------------------------------------------------------------|
  | pagination | hash | yes      |         | {"current": 2, "total": 5, "prev": "/berita/", "next": "/berita/ |
  |            |      |          |         |  halaman/3/", "pages": [{"number": 1, "path": "/berita/",        |
  |            |      |          |         |  "current": false}, …]}  (prev, next optional)                   |
  Writes nothing when the list has one page.
-->
<#macro pagination pagination>
<#if pagination.total gt 1>
<nav class="pagination" aria-label="Halaman daftar">
  <p class="pagination__status">Halaman ${pagination.current} dari ${pagination.total}</p>
  <ul>
    <#if pagination.prev??><li><a href="${pagination.prev}" rel="prev">‹ Sebelumnya</a></li></#if>
    <#assign last = 0>
    <#list pagination.pages as p>
      <#if p.number gt last + 1><li class="pagination__gap" aria-hidden="true">…</li></#if>
      <#if p.current><li><a href="${p.path}" aria-current="page">${p.number}</a></li><#else><li><a href="${p.path}">${p.number}</a></li></#if>
      <#assign last = p.number>
    </#list>
    <#if pagination.next??><li><a href="${pagination.next}" rel="next">Berikutnya ›</a></li></#if>
  </ul>
</nav>
</#if>
</#macro>

<#--
  Macro breadcrumbs: where a page sits.
  | name  | type     | required | default | example                                       |
  |-------|----------|----------|---------|-----------------------------------------------|
  | items | sequence | yes      |         | [{"name": "Arsip", "path": "/arsip/"}, …]     |
  | here  | string   | yes      |         | "Mei 2023": the current page, not a link      |
-->
<#macro breadcrumbs items here>
<nav class="breadcrumbs" aria-label="Lokasi halaman">
  <ol>
    <li><a href="/">Beranda</a></li>
    <#list items as item><li><a href="${item.path}">${item.name}</a></li></#list>
    <li aria-current="page">${here}</li>
  </ol>
</nav>
</#macro>

<#--
  Macro feedLink: a visible link to a list's Atom feed.
  | name | type   | required | default | example               |
  |------|--------|----------|---------|-----------------------|
  | href | string | yes      |         | "/topik/umkm/feed.xml" |
-->
<#macro feedLink href>
<p class="feed-link"><a href="${href}">Langganan umpan Atom daftar ini</a></p>
</#macro>
