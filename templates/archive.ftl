<#ftl output_format="HTML" strip_whitespace=true>
<#-- The archive index. Model: content.years [{year, path, count, months [{name, path, count}]}], content.total,
     content.chart (releases per year, see the chart component; absent when there are no releases). -->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page content=content>
  <h1>Arsip</h1>
  <p class="list-count">${content.total} rilis menurut tahun dan bulan terbit.</p>
  <#if content.chart??><@c.chart chart=content.chart collapsed=true/></#if>
  <#list content.years as year>
    <section class="archive-year" aria-labelledby="tahun-${year.year}">
      <h2 id="tahun-${year.year}"><a href="${year.path}">${year.year}</a> <span class="count">${year.count} rilis</span></h2>
      <ul class="term-list">
        <#list year.months as month><li><a href="${month.path}">${month.name}</a> <span class="count">${month.count}</span></li></#list>
      </ul>
    </section>
  <#else>
    <p>Belum ada rilis.</p>
  </#list>
</@layout.page>
