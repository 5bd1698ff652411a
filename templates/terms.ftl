<#ftl output_format="HTML" strip_whitespace=true>
<#-- An index of provinces, topics or speakers. Model: content.kind (wilayah|topik|narasumber),
     content.terms [{name, path, count}]; for wilayah with releases, content.chart (releases per province, whose
     table lists every province with its link, in place of the list). -->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page content=content>
  <h1>${content.page.title}</h1>
  <p class="lead">${content.page.description}</p>
  <#if content.chart??>
    <@c.chart chart=content.chart/>
  <#elseif content.terms?has_content>
    <ul class="term-list term-list--wide">
      <#list content.terms as term><li><a href="${term.path}">${term.name}</a> <span class="count">${term.count} rilis</span></li></#list>
    </ul>
  <#else>
    <p>Belum ada rilis.</p>
  </#if>
</@layout.page>
