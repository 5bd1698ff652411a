<#ftl output_format="HTML" strip_whitespace=true>
<#-- An index of provinces, topics or speakers. Model: content.kind (wilayah|topik|narasumber),
     content.terms [{name, path, count}]. -->
<#import "layout.ftl" as layout>
<@layout.page content=content>
  <h1>${content.page.title}</h1>
  <p class="lead">${content.page.description}</p>
  <#if content.terms?has_content>
    <ul class="term-list term-list--wide">
      <#list content.terms as term><li><a href="${term.path}">${term.name}</a> <span class="count">${term.count} rilis</span></li></#list>
    </ul>
  <#else>
    <p>Belum ada rilis.</p>
  </#if>
</@layout.page>
