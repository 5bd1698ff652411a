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
  | timeOnly | bool | no   | false   | true: "pukul 13.00 WIB" alone, for the end of a meeting on its start's day |
  Writes <time datetime="2023-05-24T19:30:00+08:00">Rabu, 24 Mei 2023, pukul 19.30 WITA</time>.
-->
<#macro date when short=false timeOnly=false>
<#if timeOnly && when.time??><time datetime="${when.iso}">${when.time}</time><#t><#else>
<time datetime="${when.iso}"><#if short>${when.short}<#else>${when.day}</#if><#if when.time??>, ${when.time}</#if></time><#t>
</#if>
</#macro>

<#--
  Macro term: a province, topic or speaker, linked to its list page when it has one (a term named only by a
  withdrawn release has none).
  | name | type | required | default | example                                                  |
  |------|------|----------|---------|----------------------------------------------------------|
  | term | hash | yes      |         | {"name": "Sulawesi Tenggara", "path": "/wilayah/sulawesi-tenggara/"} |
  |      |      |          |         | (path optional)                                          |
-->
<#macro term term>
<#if term.path??><a href="${term.path}">${term.name}</a><#t><#else>${term.name}<#t></#if>
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

<#--
  Macro meeting: one meeting in the agenda, as a list item.
  | name | type | required | default | example                                                            |
  |------|------|----------|---------|--------------------------------------------------------------------|
  | item | hash | yes      |         | {"name": "Rapat Koordinasi Daerah …", "release": {"title": "…",    |
  |      |      |          |         |  "path": "/berita/2023/rakorda-sultra-2023/"}, "start": <date>,    |
  |      |      |          |         |  "end": <date> (optional), "sameDay": false (true when the end is  |
  |      |          |         |  a time on the start's day), "venue": "Hotel Claro Kendari",       |
  |      |      |          |         |  "regency": "Kota Kendari" (optional), "province": {"name", "path"} |
  |      |      |          |         |  (optional), "calendar": "/berita/2023/rakorda-sultra-2023/acara.ics"} |
-->
<#macro meeting item>
<li class="meeting">
  <h3 class="meeting__name"><a href="${item.release.path}">${item.name}</a></h3>
  <p class="meeting__when"><@date when=item.start/><#if item.end??> sampai <@date when=item.end timeOnly=item.sameDay/></#if></p>
  <p class="meeting__where">${item.venue}<#if item.regency??>, ${item.regency}</#if><#if item.province??> · <a href="${item.province.path}">${item.province.name}</a></#if></p>
  <p class="meeting__ics"><a href="${item.calendar}" type="text/calendar">Tambahkan ke kalender<span class="visually-hidden">: ${item.name}</span></a></p>
</li>
</#macro>
