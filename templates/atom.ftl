<#ftl output_format="XML" strip_whitespace=true>
<#-- An Atom feed (RFC 4287). Model: content.entries [{title, url, published, updated, summary, content,
     categories}], content.updated, content.alternate. -->
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${content.site.lang}">
  <title>${content.page.title}</title>
  <subtitle>${content.page.description}</subtitle>
  <id>${content.page.url}</id>
  <link rel="self" type="application/atom+xml" href="${content.page.url}"/>
  <link rel="alternate" type="text/html" href="${content.alternate}"/>
  <updated>${content.updated}</updated>
  <author><name>${content.site.office}</name></author>
  <#list content.entries as e>
  <entry>
    <title>${e.title}</title>
    <id>${e.url}</id>
    <link rel="alternate" type="text/html" href="${e.url}"/>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
    <author><name>${content.site.office}</name></author>
    <#list e.categories as category><category term="${category}"/></#list>
    <summary>${e.summary}</summary>
    <content type="html">${e.content}</content>
  </entry>
  </#list>
</feed>
