<#ftl output_format="HTML" strip_whitespace=true>
<#-- A paged list of releases. Model: content.heading, content.releases (cards), content.total,
     content.pagination; optional content.feed and content.breadcrumbs. -->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page content=content feed=content.feed!"">
  <#if content.breadcrumbs??><@c.breadcrumbs items=content.breadcrumbs here=content.heading/></#if>
  <h1>${content.heading}<#if content.pagination.current gt 1> <span class="heading__page">halaman ${content.pagination.current}</span></#if></h1>
  <p class="list-count">${content.total} rilis</p>
  <#if content.releases?has_content>
    <div class="cards">
      <#list content.releases as release><@c.releaseCard release=release/></#list>
    </div>
  <#else>
    <p>Belum ada rilis di sini.</p>
  </#if>
  <@c.pagination pagination=content.pagination/>
  <#if content.feed??><@c.feedLink href=content.feed/></#if>
</@layout.page>
