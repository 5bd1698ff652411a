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
  |         |      |          |         |  "province": {"name", "path"} (optional), "summary": "…",      |
  |         |      |          |         |  "draft": false (true only in the preview: marked "Draf"),     |
  |         |      |          |         |  "thumbnail": <thumbnail> (optional: the release has a photo)} |
  | level   | int  | no       | 2       | heading level of the title                                     |
  | lead    | bool | no       | false   | true: the lead story of the home page, its picture larger     |
  |         |      |          |         |  (a release without a thumbnail is drawn as any other card)    |
-->
<#macro releaseCard release level=2 lead=false>
<#local photoLead = lead && release.thumbnail??>
<article class="card<#if release.thumbnail??> card--photo</#if><#if photoLead> card--lead</#if>">
  <#if photoLead><@leadPicture photo=release.thumbnail/><#elseif release.thumbnail??><@thumbnail photo=release.thumbnail/></#if>
  <p class="card__meta"><#if release.draft><strong class="badge">Draf</strong> · </#if><a href="${release.section.path}">${release.section.name}</a> · <@date when=release.date short=true/><#if release.province??> · <a href="${release.province.path}">${release.province.name}</a></#if></p>
  <h${level} class="card__title"><a href="${release.path}">${release.title}</a></h${level}>
  <p class="card__summary">${release.summary}</p>
</article>
</#macro>

<#--
  Macro picture: a photo at the width its place on the page needs, as WebP where the browser reads it, else JPEG.
  Made by the bake's photo stage (org.warta.photos.Photos, which writes the same markup for photos in a body).
  | name     | type   | required | default | example                                                          |
  |----------|--------|----------|---------|------------------------------------------------------------------|
  | photo    | hash   | yes      |         | {"svg": false, "alt": "Peserta rapat …", "width": 3024,          |
  |          |        |          |         |  "height": 4032, "src": "/foto/4f…/rakorda-800.jpg",             |
  |          |        |          |         |  "webp": "/foto/4f…/rakorda-480.webp 480w, …",                   |
  |          |        |          |         |  "jpeg": "/foto/4f…/rakorda-480.jpg 480w, …"}; a drawing:        |
  |          |        |          |         |  {"svg": true, "src": "/img/rapat.svg", "alt": …, "width": 960,  |
  |          |        |          |         |  "height": 540}                                                  |
  | sizes    | string | no       | the article column | how wide the picture is shown: "(min-width: 44rem) 42rem, calc(100vw - 2rem)" |
  | priority | bool   | no       | false   | true for the lead photo: fetched first, never lazily             |
  width and height are the real, upright picture's, so the page does not jump while it loads.
-->
<#macro picture photo sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)" priority=false>
<#if photo.svg>
<img src="${photo.src}" alt="${photo.alt}" width="${photo.width?c}" height="${photo.height?c}"<#if priority> fetchpriority="high"<#else> loading="lazy"</#if> decoding="async"><#t>
<#else>
<picture><source type="image/webp" srcset="${photo.webp}" sizes="${sizes}"><img src="${photo.src}" srcset="${photo.jpeg}" sizes="${sizes}" alt="${photo.alt}" width="${photo.width?c}" height="${photo.height?c}"<#if priority> fetchpriority="high"<#else> loading="lazy"</#if> decoding="async"></picture><#t>
</#if>
</#macro>

<#--
  Macro photoFigure: a photo with its caption and credit, kept apart so that they never run together.
  | name     | type | required | default | example                                                              |
  |----------|------|----------|---------|----------------------------------------------------------------------|
  | photo    | hash | yes      |         | <picture>'s photo, plus "caption": "Peserta Rakorda …" and            |
  |          |      |          |         |  "credit": "Humas Dinas …" (both optional)                           |
  | class    | string | no     | ""      | "release__image" for the lead photo                                  |
  | priority | bool | no       | false   | as for picture                                                       |
  | sizes    | string | no     | the article column | as for picture                                      |
-->
<#macro photoFigure photo class="" priority=false sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)">
<figure<#if class?has_content> class="${class}"</#if>>
  <@picture photo=photo priority=priority sizes=sizes/>
  <#if photo.caption?? || photo.credit??>
  <figcaption><#if photo.caption??><span class="caption">${photo.caption}</span></#if><#if photo.credit??> <span class="credit">Foto: ${photo.credit}</span></#if></figcaption>
  </#if>
</figure>
</#macro>

<#--
  Macro thumbnail: a release's photo, small and cut to 4:3, in a list. Decorative (alt ""): the title beside it
  says what the release is about.
  | name  | type | required | default | example                                                                 |
  |-------|------|----------|---------|-------------------------------------------------------------------------|
  | photo | hash | yes      |         | {"src": "/foto/4f…/rakorda-kecil-160.jpg", "width": 160, "height": 120, |
  |       |      |          |         |  "webp": "… 160w, … 320w", "jpeg": "… 160w, … 320w", "alt": ""}         |
-->
<#macro thumbnail photo>
<picture class="card__thumb"><source type="image/webp" srcset="${photo.webp}" sizes="(min-width: 48em) 160px, 96px"><img src="${photo.src}" srcset="${photo.jpeg}" sizes="(min-width: 48em) 160px, 96px" alt="" width="${photo.width?c}" height="${photo.height?c}" loading="lazy" decoding="async"></picture><#t>
</#macro>

<#--
  Macro leadPicture: the lead story's thumbnail (the same 4:3 crops as thumbnail), shown larger: 8rem on a phone,
  20rem from 48em (warta.css, .card--lead). Above the fold, so never lazy. Decorative, as thumbnail.
  | name  | type | required | default | example              |
  |-------|------|----------|---------|----------------------|
  | photo | hash | yes      |         | as for thumbnail     |
-->
<#macro leadPicture photo>
<picture class="card__thumb"><source type="image/webp" srcset="${photo.webp}" sizes="(min-width: 48em) 20rem, 8rem"><img src="${photo.src}" srcset="${photo.jpeg}" sizes="(min-width: 48em) 20rem, 8rem" alt="" width="${photo.width?c}" height="${photo.height?c}" decoding="async"></picture><#t>
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

<#--
  Macro chart: a chart drawn at bake time as inline SVG, with its data table beside it (below it on phones).
  The model comes from warta-jbake's Charts (geometry in viewBox units); the SVG is one image for screen
  readers (role="img", its title and a one-sentence summary); the table carries every value and the links.
  | name      | type | required | default | example                                                        |
  |-----------|------|----------|---------|----------------------------------------------------------------|
  | chart     | hash | yes      |         | {"id": "grafik-tahun", "kind": "columns" (or "bars"),          |
  |           |      |          |         |  "title": "Jumlah rilis per tahun", "unit": "rilis",           |
  |           |      |          |         |  "heading": "Tahun", "summary": "…", "width": 360,             |
  |           |      |          |         |  "height": "198", "marks": [{"label": "2023", "value": "14",     |
  |           |      |          |         |  "text": "2023: 14 rilis", "path": "/arsip/2023/" (optional),  |
  |           |      |          |         |  "reported": true (false: a year kept on the axis, drawn as a  |
  |           |      |          |         |  dashed gap, left out of the table),                           |
  |           |      |          |         |  "x", "right", "y", "width", "height", "labelX", "showLabel"}], |
  |           |      |          |         |  "left": 40, "base": 176, "grid": [{"y": "176", "text": "0"}], |
  |           |      |          |         |  "gaps": 0 (marks not reported)}                               |
  |           |      |          |         |  (bars: marks have "labelY", "y", "width", "valueX" and       |
  |           |      |          |         |  "share" (percent of the largest, for the bar drawn in its     |
  |           |      |          |         |  table row on phones, where the SVG is hidden); no grid;       |
  |           |      |          |         |  "gaps" is 0)                                                  |
  | collapsed | bool | no       | false   | true: the table is folded under "Lihat angkanya"               |
-->
<#macro chart chart collapsed=false>
<figure class="chart chart--${chart.kind}" aria-labelledby="${chart.id}-judul">
  <figcaption id="${chart.id}-judul" class="chart__title">${chart.title}</figcaption>
  <#if chart.gaps gt 0><p class="chart__note">Garis putus-putus: tahun tanpa angka yang dilaporkan.</p></#if>
  <svg class="chart__svg" viewBox="0 0 ${chart.width?c} ${chart.height}" role="img" aria-labelledby="${chart.id}-svg-judul ${chart.id}-svg-isi" focusable="false">
    <title id="${chart.id}-svg-judul">${chart.title}</title>
    <desc id="${chart.id}-svg-isi">${chart.summary}</desc>
    <#if chart.kind == "columns">
      <#list chart.grid as line>
        <line class="chart__grid" x1="${chart.left?c}" x2="${chart.width?c}" y1="${line.y}" y2="${line.y}"/>
        <text class="chart__axis" x="${(chart.left - 4)?c}" y="${line.y}" dy="4" text-anchor="end">${line.text}</text>
      </#list>
      <#list chart.marks as mark>
        <#if mark.reported>
          <rect class="chart__mark" x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"><title>${mark.text}</title></rect>
        <#else>
          <line class="chart__gap" x1="${mark.x}" x2="${mark.right}" y1="${(chart.base - 1)?c}" y2="${(chart.base - 1)?c}"><title>${mark.text}</title></line>
        </#if>
        <#if mark.showLabel><text class="chart__axis" x="${mark.labelX}" y="${(chart.base + 16)?c}" text-anchor="middle">${mark.label}</text></#if>
      </#list>
    <#else>
      <#list chart.marks as mark>
        <text class="chart__label" x="0" y="${mark.labelY}">${mark.label}</text>
        <rect class="chart__mark" x="0" y="${mark.y}" width="${mark.width}" height="14"><title>${mark.text}</title></rect>
        <text class="chart__axis" x="${mark.valueX}" y="${mark.y}" dy="12">${mark.value}</text>
      </#list>
    </#if>
  </svg>
  <#if collapsed>
    <details class="chart__data"><summary>Lihat angkanya</summary><@chartTable chart=chart/></details>
  <#else>
    <@chartTable chart=chart/>
  </#if>
</figure>
</#macro>

<#-- The data table of a chart (part of the chart macro above; same model). -->
<#macro chartTable chart>
<table class="chart__table">
  <caption class="visually-hidden">${chart.title}</caption>
  <thead><tr><th scope="col">${chart.heading}</th><th scope="col" class="num">${chart.unit?has_content?then(chart.unit?cap_first, "Nilai")}</th></tr></thead>
  <tbody>
    <#list chart.marks?filter(mark -> mark.reported) as mark>
      <tr>
        <th scope="row"><#if mark.path??><a href="${mark.path}">${mark.label}</a><#else>${mark.label}</#if><#if chart.kind == "bars"><svg class="chart__rowbar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${mark.share}" height="8"/></svg></#if></th>
        <td class="num">${mark.value}</td>
      </tr>
    </#list>
  </tbody>
</table>
</#macro>
