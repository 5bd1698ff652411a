<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The meetings the releases report (/agenda/, /agenda/halaman/<n>/). Model, from AgendaPages:
  content.upcoming and content.past: [{name, release {title, path}, start <date>, end <date> (optional),
  venue, regency (optional), province {name, path} (optional), calendar (the .ics path)}];
  content.first (bool: page 1, which lists the coming meetings), content.today <date>, content.calendar,
  content.pagination.
-->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page content=content>
  <h1>Agenda kegiatan<#if content.pagination.current gt 1> <span class="heading__page">halaman ${content.pagination.current}</span></#if></h1>
  <p class="list-count">Rapat koordinasi, pelatihan dan sosialisasi dari rilis kami. Semua kegiatan dalam satu berkas kalender: <a href="${content.calendar}" type="text/calendar">agenda.ics</a>.</p>
  <#if content.first>
    <section aria-labelledby="akan-datang">
      <h2 id="akan-datang">Akan datang</h2>
      <#if content.upcoming?has_content>
        <ul class="meetings"><#list content.upcoming as item><@c.meeting item=item/></#list></ul>
      <#else>
        <p>Tidak ada kegiatan yang dijadwalkan per <@c.date when=content.today/>.</p>
      </#if>
    </section>
  </#if>
  <section aria-labelledby="telah-berlangsung">
    <h2 id="telah-berlangsung">Telah berlangsung</h2>
    <#if content.past?has_content>
      <ul class="meetings"><#list content.past as item><@c.meeting item=item/></#list></ul>
    <#else>
      <p>Belum ada kegiatan yang tercatat.</p>
    </#if>
  </section>
  <@c.pagination pagination=content.pagination/>
</@layout.page>
