<#ftl output_format="HTML" strip_whitespace=true>
<#-- A paged list of releases. Model: content.heading, content.releases (cards), content.total,
     content.pagination; optional content.feed and content.breadcrumbs; on a province's list, content.figures
     (charts of the figures its releases report over the years, drawn below the list on its first page only).
     On the home page's first page the newest release with a photo leads, its picture larger; the others follow. -->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page content=content feed=content.feed!"">
  <#if content.breadcrumbs??><@c.breadcrumbs items=content.breadcrumbs here=content.heading/></#if>
  <h1>${content.heading}<#if content.pagination.current gt 1> <span class="heading__page">halaman ${content.pagination.current}</span></#if></h1>
  <p class="list-count">${content.total} rilis</p>
  <#if content.releases?has_content>
    <div class="cards">
      <#assign leadAt = -1>
      <#if content.page.path == "/">
        <#list content.releases as release><#if release.thumbnail??><#assign leadAt = release?index><#break></#if></#list>
      </#if>
      <#if leadAt gte 0><@c.releaseCard release=content.releases[leadAt] lead=true/></#if>
      <#list content.releases as release><#if release?index != leadAt><@c.releaseCard release=release/></#if></#list>
    </div>
  <#else>
    <p>Belum ada rilis di sini.</p>
  </#if>
  <@c.pagination pagination=content.pagination/>
  <#if content.figures?has_content && content.pagination.current == 1>
    <section class="figures-over-time" aria-labelledby="angka-judul">
      <h2 id="angka-judul">Angka yang dilaporkan</h2>
      <p class="list-count">Dari kolom angka rilis-rilis ${content.heading}, menurut tahun.</p>
      <#list content.figures as chart><@c.chart chart=chart collapsed=true/></#list>
    </section>
  </#if>
  <#if content.feed??><@c.feedLink href=content.feed/></#if>
</@layout.page>
