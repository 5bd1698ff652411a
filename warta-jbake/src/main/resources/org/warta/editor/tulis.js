// Penyunting Warta: live checks by the bake's own reader, repeated items, date pickers and photo upload.
// The form works without this script; it only makes it quicker.
(function () {
  'use strict';
  var token = (document.querySelector('meta[name="warta-token"]') || {}).content || '';
  var form = document.getElementById('formulir');

  function fields(f) {
    var params = new URLSearchParams();
    new FormData(f).forEach(function (value, name) {
      if (typeof value === 'string') params.append(name, value);
    });
    return params;
  }

  // ---- live checks
  var timer = null;
  var asked = 0;
  function check() {
    if (!form) return;
    var number = ++asked;
    fetch('/_tulis/periksa?berkas=' + encodeURIComponent(form.dataset.berkas), {
      method: 'POST',
      headers: { 'X-Warta-Token': token, 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: fields(form).toString()
    }).then(function (answer) {
      if (answer.status === 403) {
        show({ masalah: [], catatan: ['Pemeriksaan langsung berhenti: halaman ini dibuka dari pratinjau sebelumnya. '
          + 'Simpan tetap bisa (isian Anda dikembalikan untuk disimpan lagi), atau muat ulang halaman (F5).'] });
        return null;
      }
      return answer.ok ? answer.json() : null;
    }).then(function (result) {
      if (result && number === asked) show(result);
    }).catch(function () { /* the preview stopped: the form still saves the plain way */ });
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }

  function show(result) {
    document.querySelectorAll('.galat[id^="g-"]').forEach(function (place) {
      if (place.closest('table')) return;
      place.textContent = '';
      place.hidden = true;
    });
    document.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    var summary = document.getElementById('masalah');
    summary.textContent = '';
    summary.removeAttribute('role');
    var count = document.getElementById('hitungan');
    var problems = result.masalah || [];
    if (problems.length > 0) {
      var heading = document.createElement('h2');
      heading.textContent = problems.length + ' masalah harus diperbaiki';
      summary.appendChild(heading);
      var list = document.createElement('ul');
      problems.forEach(function (problem) {
        var key = problem.id.slice(2);
        var place = document.getElementById('g-' + key);
        var input = document.getElementById(problem.id);
        var item = document.createElement('li');
        var text = problem.kolom + ' (baris ' + problem.baris + '): ' + problem.pesan;
        if (place) {
          var line = document.createElement('span');
          line.textContent = problem.pesan;
          place.appendChild(line);
          place.hidden = false;
          if (input) input.setAttribute('aria-invalid', 'true');
          var link = document.createElement('a');
          link.href = '#' + (input ? problem.id : 'k-' + key);
          link.textContent = text;
          item.appendChild(link);
        } else {
          item.textContent = text;
        }
        list.appendChild(item);
      });
      summary.appendChild(list);
    }
    (result.catatan || []).forEach(function (note) {
      var p = document.createElement('p');
      p.className = 'catatan';
      p.textContent = note;
      summary.appendChild(p);
    });
    if (result.berubah) {
      var warning = document.createElement('p');
      warning.className = 'peringatan';
      warning.textContent = 'Berkas ini diubah di luar penyunting sejak Anda membukanya; Simpan akan ditolak. '
        + 'Salin isian Anda, lalu buka ulang rilisnya.';
      summary.appendChild(warning);
    }
    if (count) count.textContent = problems.length === 0 ? 'Tidak ada masalah.' : problems.length + ' masalah.';
  }

  if (form) {
    var status = document.createElement('p');
    status.id = 'hitungan';
    status.className = 'tersembunyi';
    status.setAttribute('role', 'status');
    form.parentNode.insertBefore(status, form);
    form.addEventListener('input', later);
    form.addEventListener('change', later);
  }

  // ---- dates: the calendar writes the date part of the text field beside it
  document.addEventListener('change', function (event) {
    var picker = event.target;
    if (!picker.classList || !picker.classList.contains('pilih-tanggal') || !picker.value) return;
    var text = document.getElementById(picker.dataset.untuk);
    text.value = text.value.length > 10 ? picker.value + text.value.slice(10) : picker.value;
    text.dispatchEvent(new Event('input', { bubbles: true }));
  });

  // ---- repeated items: the empty item offered to a browser without script goes; "Tambah" makes one
  document.querySelectorAll('.butir.kosong').forEach(function (spare) { spare.remove(); });
  function nextIndex(list) {
    var key = list.dataset.kunci;
    var highest = -1;
    list.querySelectorAll('.butir-butir [name^="' + key + '["]').forEach(function (input) {
      var match = /\[(\d+)\]/.exec(input.name);
      if (match) highest = Math.max(highest, parseInt(match[1], 10));
    });
    return highest + 1;
  }
  function addItem(list) {
    var template = list.querySelector('template.cetak-butir');
    var index = nextIndex(list);
    var html = template.innerHTML.split('__i__').join(String(index)).split('__n__').join(String(index + 1));
    var holder = list.querySelector('.butir-butir');
    var box = document.createElement('div');
    box.innerHTML = html;
    var item = box.firstElementChild;
    holder.appendChild(item);
    return item;
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button') : null;
    if (!button) return;
    if (button.classList.contains('tambah-butir')) {
      var item = addItem(button.closest('.daftar'));
      var first = item.querySelector('input:not([type=hidden]), textarea, select');
      if (first) first.focus();
    } else if (button.classList.contains('hapus-butir')) {
      var list = button.closest('.daftar');
      button.closest('.butir').remove();
      list.querySelector('.tambah-butir').focus();
      later();
    }
  });

  // ---- photos
  function thumbnail(box, url) {
    var old = box.querySelector('img.gambar-kecil');
    if (old) old.remove();
    var img = document.createElement('img');
    img.className = 'gambar-kecil';
    img.alt = '';
    img.src = url;
    box.insertBefore(img, box.querySelector('legend').nextSibling);
  }
  function upload(file, zone) {
    var said = zone.querySelector('.hasil-unggah');
    var target = zone.querySelector('input[type=file]').dataset.tujuan;
    if (file.size > 50 * 1024 * 1024) {
      said.textContent = 'Foto tidak disimpan: "' + file.name + '" lebih dari 50 MB; perkecil dulu.';
      return;
    }
    said.textContent = 'Mengunggah ' + file.name + ' …';
    fetch('/_tulis/foto?berkas=' + encodeURIComponent(form.dataset.berkas), {
      method: 'POST',
      headers: { 'X-Warta-Token': token, 'X-Nama-Berkas': encodeURIComponent(file.name),
                 'Content-Type': 'application/octet-stream' },
      body: file
    }).then(function (answer) {
      var type = answer.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') === 0) return answer.json();
      return answer.text().then(function (text) {
        return { pesan: 'Foto tidak disimpan: ' + text.trim() + (answer.status === 403 ? ' Muat ulang halaman (F5).' : '') };
      });
    }).then(function (result) {
      said.textContent = result.pesan;
      if (!result.src) return;
      var box, alt;
      if (target === 'image') {
        box = document.getElementById('k-image');
        document.getElementById('f-image-src').value = result.src;
        alt = document.getElementById('f-image-alt');
      } else {
        var list = document.getElementById('k-photos');
        box = null;
        list.querySelectorAll('.butir-butir > .butir').forEach(function (item) {
          var src = item.querySelector('input[name$=".src"]');
          if (!box && src && src.value === '' && !item.querySelector('input[name$=".alt"]').value) box = item;
        });
        if (!box) box = addItem(list);
        box.querySelector('input[name$=".src"]').value = result.src;
        alt = box.querySelector('input[name$=".alt"]');
      }
      thumbnail(box, URL.createObjectURL(file));
      later();
      alt.focus();
    }).catch(function () {
      said.textContent = 'Foto tidak terkirim: pratinjau tidak menjawab. Apakah ia masih berjalan?';
    });
  }
  document.querySelectorAll('.unggah').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    input.addEventListener('change', function () {
      Array.prototype.forEach.call(input.files, function (file) { upload(file, zone); });
      input.value = '';
    });
    zone.addEventListener('dragover', function (event) {
      event.preventDefault();
      zone.classList.add('seret');
    });
    zone.addEventListener('dragleave', function () { zone.classList.remove('seret'); });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('seret');
      Array.prototype.forEach.call(event.dataTransfer.files, function (file) { upload(file, zone); });
    });
  });
  if (form) {
    var image = document.getElementById('f-image-src');
    var shown = function (box, src) {
      thumbnail(box, '/_tulis/gambar?berkas=' + encodeURIComponent(form.dataset.berkas) + '&nama=' + encodeURIComponent(src));
    };
    if (image && image.value && /\.(jpe?g|png|webp)$/i.test(image.value)) shown(document.getElementById('k-image'), image.value);
    document.querySelectorAll('fieldset[data-foto]').forEach(function (item) { shown(item, item.dataset.foto); });
  }
})();
