<#ftl output_format="HTML" strip_whitespace=true>
<#-- One release. The search index reads the article ([data-search-body]): its title ([data-search-title]) and
     summary ([data-search-summary]) weigh more; [data-search-ignore] parts are not indexed. Model: content.release, every field of ReleaseView.full (optional ones tested with ??), plus
     citation, jsonld (schema.org JSON-LD, already escaped for a script element), published, modified and
     socialImage (optional), set by ReleasePages. -->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#assign r = content.release>
<#assign social = {"published": r.published, "modified": r.modified}>
<#if r.socialImage??><#assign social = social + {"image": r.socialImage, "imageAlt": r.socialImageAlt}></#if>
<@layout.page content=content type="article" social=social script="/js/salin.js">
  <@c.breadcrumbs items=[r.section] here=r.title/>
  <article class="release" data-search-body>
    <#-- The letterhead (kop surat) of the printed release: hidden on screen, shown by the print styles. -->
    <div class="kop" hidden data-search-ignore>
      <#if content.site.logo??><img src="${content.site.logo}" alt="Logo ${content.site.office}" width="64" height="64"></#if>
      <p><strong>${content.site.office?upper_case}</strong><#if content.site.address??><br>${content.site.address}</#if><br>Telepon ${content.site.contact.phone} · Surel ${content.site.contact.email}</p>
      <hr>
      <p><strong>SIARAN PERS</strong><#if r.number??><br>Nomor: ${r.number}</#if><br><#if content.site.city??>${content.site.city}, </#if><@c.date when=r.date short=true/></p>
    </div>
    <header class="release__header">
      <p class="release__kicker"><a href="${r.section.path}">${r.section.name}</a><#if r.province??> · <@c.term term=r.province/></#if><#if r.regency??> · ${r.regency}</#if></p>
      <h1 data-search-title>${r.title}</h1>
      <#if r.number??><p class="release__number">Nomor siaran pers: ${r.number}</p></#if>
      <p class="release__dates" data-search-ignore>Terbit <@c.date when=r.date/><#if r.updated??> · Diperbarui <@c.date when=r.updated/></#if></p>
    </header>

    <#if r.draft>
      <div class="notice notice--draft" role="note" data-search-ignore>
        <h2>Draf: belum terbit</h2>
        <p>Halaman ini hanya tampil di pratinjau. Rilis ini terbit setelah baris <code>status: draft</code> dihapus dari berkasnya.</p>
      </div>
    </#if>
    <#if r.withdrawn>
      <div class="notice notice--withdrawn" role="note" data-search-ignore>
        <h2>Rilis ini telah ditarik</h2>
        <p>Rilis ini tidak lagi berlaku dan tidak tampil di daftar maupun umpan. Halaman ini tetap tersedia sebagai catatan.<#if r.changes?has_content> Keterangan terakhir (<@c.date when=r.changes[0].date short=true/>): ${r.changes[0].note}</#if></p>
      </div>
    </#if>

    <p class="release__summary" data-search-summary>${r.summary}</p>

    <#if r.image??><@c.photoFigure photo=r.image class="release__image" priority=true/></#if>

    <#if r.event??>
      <section class="facts" aria-labelledby="kegiatan">
        <h2 id="kegiatan">Kegiatan</h2>
        <dl>
          <#if r.event.name??><dt>Nama kegiatan</dt><dd>${r.event.name}</dd></#if>
          <dt>Waktu</dt><dd><@c.date when=r.event.start/><#if r.event.end??> sampai <@c.date when=r.event.end timeOnly=r.event.sameDay/></#if></dd>
          <dt>Tempat</dt><dd>${r.event.venue}</dd>
          <#if r.event.participants??><dt>Peserta</dt><dd>${r.event.participants} orang</dd></#if>
          <#if r.event.theme??><dt>Tema</dt><dd>${r.event.theme}</dd></#if>
          <#if r.event.organizer??><dt>Penyelenggara</dt><dd>${r.event.organizer}</dd></#if>
        </dl>
      </section>
    </#if>

    <div class="release__body">
      ${r.body?no_esc}
    </div>

    <#if r.photos?has_content>
      <section class="gallery" aria-labelledby="galeri" data-search-ignore>
        <h2 id="galeri">Galeri foto</h2>
        <div class="gallery__grid">
          <#list r.photos as photo><@c.photoFigure photo=photo sizes="(min-width: 44rem) 21rem, calc(100vw - 2rem)"/></#list>
        </div>
      </section>
    </#if>

    <#if r.figures?has_content>
      <section aria-labelledby="angka">
        <h2 id="angka">Angka penting</h2>
        <table class="figures">
          <caption class="visually-hidden">Angka yang disebut dalam rilis ini</caption>
          <thead><tr><th scope="col">Keterangan</th><th scope="col" class="num">Nilai</th><th scope="col">Tahun</th></tr></thead>
          <tbody>
          <#list r.figures as f>
            <tr><th scope="row">${f.label}</th><td class="num">${f.value}<#if f.unit??> ${f.unit}</#if></td><td>${f.year!"–"}</td></tr>
          </#list>
          </tbody>
        </table>
      </section>
    </#if>

    <#if r.speakers?has_content>
      <section aria-labelledby="narasumber">
        <h2 id="narasumber">Narasumber</h2>
        <ul class="speakers">
          <#list r.speakers as s>
            <li><@c.term term=s/><span class="speakers__role">${s.role}<#if s.organization??>, ${s.organization}</#if></span></li>
          </#list>
        </ul>
      </section>
    </#if>

    <#if r.attachments?has_content>
      <section aria-labelledby="lampiran">
        <h2 id="lampiran">Lampiran</h2>
        <ul class="attachments">
          <#list r.attachments as a><li><a href="${a.url}" download>${a.title}</a> <span class="count">${a.type}</span></li></#list>
        </ul>
      </section>
    </#if>

    <#if r.topics?has_content>
      <p class="topics"><span>Topik:</span> <#list r.topics as t><@c.term term=t/><#sep> </#sep></#list></p>
    </#if>

    <#if r.source??>
      <p class="source">Sumber: <#if r.source.url??><a href="${r.source.url}" rel="noopener">${r.source.name}</a><#else>${r.source.name}</#if></p>
    </#if>

    <#if r.changes?has_content>
      <section class="changes" aria-labelledby="ralat">
        <h2 id="ralat">Riwayat perubahan</h2>
        <ul>
          <#list r.changes as change><li><@c.date when=change.date short=true/>: ${change.note}</li></#list>
        </ul>
      </section>
    </#if>

    <#if content.site.about??>
      <section class="about" aria-labelledby="tentang" data-search-ignore>
        <h2 id="tentang">Tentang ${content.site.office}</h2>
        <p>${content.site.about}</p>
      </section>
    </#if>

    <#-- plain links made at bake time: no third-party script, nothing loaded from another site -->
    <section class="share" aria-labelledby="bagikan" data-search-ignore>
      <h2 id="bagikan">Bagikan</h2>
      <ul class="press__actions">
        <li><a href="https://wa.me/?text=${(r.title + " " + content.page.url)?url('UTF-8')}" rel="noopener">WhatsApp</a></li>
        <li><a href="https://t.me/share/url?url=${content.page.url?url('UTF-8')}&amp;text=${r.title?url('UTF-8')}" rel="noopener">Telegram</a></li>
        <li><a href="mailto:?subject=${r.title?url('UTF-8')}&amp;body=${(r.summary + "\n\n" + content.page.url)?url('UTF-8')}">Surel</a></li>
        <li class="press__copy" hidden><button type="button" class="button" data-copy-from="tautan-tetap" data-copied="Tautan tersalin ke papan klip.">Salin tautan</button></li>
        <li class="share__native" hidden><button type="button" class="button" data-share-title="${r.title}" data-share-url="${content.page.url}">Bagikan lewat aplikasi lain…</button></li>
      </ul>
    </section>

    <aside class="press" aria-labelledby="media" data-search-ignore>
      <h2 id="media">Untuk media</h2>
      <p><strong>Kontak media:</strong> ${r.contact.name}<#if r.contact.phone??> · <a href="tel:${r.contact.phone?replace(' ', '')}">${r.contact.phone}</a></#if><#if r.contact.email??> · <a href="mailto:${r.contact.email}">${r.contact.email}</a></#if></p>
      <h3 id="kutip">Kutip siaran ini</h3>
      <p class="citation" id="kutipan">${r.citation}</p>
      <ul class="press__actions">
        <li class="press__copy" hidden><button type="button" class="button" data-copy-from="kutipan" data-copied="Kutipan tersalin ke papan klip.">Salin kutipan</button></li>
        <li class="press__copy" hidden><button type="button" class="button" data-copy-url="${r.formats.txt}" data-copied="Teks rilis tersalin ke papan klip.">Salin teks rilis</button></li>
        <li><a href="${r.formats.txt}" type="text/plain">Teks polos (.txt)</a></li>
        <li><a href="${r.formats.pdf}" type="application/pdf" download>Siaran pers (PDF, A4, untuk diteruskan)</a></li>
        <li><a href="${r.formats.md}" type="text/markdown">Sumber Markdown (.md)</a></li>
        <#if r.formats.ics??><li><a href="${r.formats.ics}" type="text/calendar">Tambahkan kegiatan ke kalender (.ics)</a></li></#if>
        <#if r.image??><li><a href="${r.image.original.url}" download="${r.image.original.file}">Unduh foto utama ukuran penuh</a><#if r.image.original.size??> (${r.image.original.width?c} × ${r.image.original.height?c} piksel, ${r.image.original.size})</#if><#if r.image.caption?? || r.image.credit??> <span class="press__note"><#if r.image.caption??>${r.image.caption}</#if><#if r.image.credit??> (Foto: ${r.image.credit})</#if></span></#if></li></#if>
        <#list r.photos as photo><li><a href="${photo.original.url}" download="${photo.original.file}">Unduh foto ${photo?counter} galeri ukuran penuh</a><#if photo.original.size??> (${photo.original.width?c} × ${photo.original.height?c} piksel, ${photo.original.size})</#if> <span class="press__note"><#if photo.caption??>${photo.caption}</#if><#if photo.credit??> (Foto: ${photo.credit})</#if></span></li></#list>
        <#if r.photoArchive??><li><a href="${r.photoArchive}" type="application/zip" download>Unduh semua foto (.zip, dengan keterangan dan kredit)</a></li></#if>
      </ul>
      <p class="press__status" role="status" data-copy-status></p>
      <p class="permalink">Tautan tetap: <a href="${content.page.url}" id="tautan-tetap">${content.page.url}</a></p>
    </aside>
    <script type="application/ld+json">${r.jsonld?no_esc}</script>
  </article>

  <#if r.prev?? || r.next??>
    <nav class="prev-next" aria-label="Rilis lain di bagian ${r.section.name}">
      <#if r.prev??><a class="prev-next__prev" href="${r.prev.path}" rel="prev"><span>‹ Sebelumnya</span>${r.prev.title}</a></#if>
      <#if r.next??><a class="prev-next__next" href="${r.next.path}" rel="next"><span>Berikutnya ›</span>${r.next.title}</a></#if>
    </nav>
  </#if>
</@layout.page>
