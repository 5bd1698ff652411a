<#ftl output_format="plainText">
<#-- /manifest.webmanifest: the web app manifest. Model: content.site (title, description, lang). -->
{
  "name": "${content.site.title?json_string} — ${content.site.office?json_string}",
  "short_name": "${content.site.title?json_string}",
  "description": "${content.site.description?json_string}",
  "lang": "${content.site.locale?replace('_', '-')?json_string}",
  "start_url": "/",
  "scope": "/",
  "display": "browser",
  "background_color": "#ffffff",
  "theme_color": "#0b3d5c",
  "icons": [
    {"src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml"},
    {"src": "/icons/ikon-192.png", "sizes": "192x192", "type": "image/png"},
    {"src": "/icons/ikon-512.png", "sizes": "512x512", "type": "image/png"},
    {"src": "/icons/ikon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"}
  ]
}
