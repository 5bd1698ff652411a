<#ftl output_format="plainText">
<#-- /robots.txt: everything may be crawled; the sitemap lists the public pages. Model: content.site.host. -->
User-agent: *
Allow: /

Sitemap: ${content.site.host}/sitemap.xml
