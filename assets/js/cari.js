/* Warta search, /cari/ only. Reads the static index that the bake writes under /cari/indeks/ (see
   org.warta.search.SearchIndex) and fetches only the files a query needs. The stemmer and the tokeniser are the
   Java ones (org.warta.search.IndonesianStemmer, Terms), checked against the same vectors by
   src/test/js/cari.test.js. Runs in the browser (deferred) and under Node for the tests (module.exports). */
(function () {
  'use strict';
  var INDEX = '/cari/indeks/';
  var PER_STEP = 10;

  // ---- terms: fold, split, stem (Snowball's Indonesian algorithm) ----
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  }
  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
  }
  function stem(word) {
    var w = word, measure = 0, prefix = 0, replaced = false, i;
    for (i = 0; i < w.length; i++) if (isVowel(w[i])) measure++;
    if (measure <= 2) return w;
    function ending(list) {
      for (var k = 0; k < list.length; k++) {
        if (w.endsWith(list[k])) { w = w.slice(0, -list[k].length); measure--; return; }
      }
    }
    function thenVowel(start) {
      return w.startsWith(start) && w.length > start.length && isVowel(w[start.length]);
    }
    function replace(letters, by, kind) {
      w = by + w.slice(letters); prefix = kind; measure--; replaced = by !== ''; return true;
    }
    function cut(letters) {
      w = w.slice(0, -letters); measure--; return true;
    }
    function firstOrder() {
      if (thenVowel('meny')) return replace(4, 's', 1);
      if (thenVowel('peny')) return replace(4, 's', 3);
      if (w.startsWith('meng')) return replace(4, '', 1);
      if (w.startsWith('peng')) return replace(4, '', 3);
      if (w.startsWith('mem')) return replace(3, thenVowel('mem') ? 'p' : '', 1);
      if (w.startsWith('pem')) return replace(3, thenVowel('pem') ? 'p' : '', 3);
      if (w.startsWith('men')) return replace(3, '', 1);
      if (w.startsWith('pen')) return replace(3, '', 3);
      if (w.startsWith('ter')) return replace(3, '', 1);
      if (w.startsWith('di') || w.startsWith('me')) return replace(2, '', 1);
      if (w.startsWith('ke')) return replace(2, '', 3);
      return false;
    }
    function secondOrder() {
      if (w.startsWith('belajar')) replace(7, 'ajar', 4);
      else if (w.startsWith('pelajar')) replace(7, 'ajar', prefix);
      else if (w.startsWith('ber')) replace(3, '', 4);
      else if (w.startsWith('per')) replace(3, '', 2);
      else if (w.startsWith('pe')) replace(2, '', 2);
      else if (w.startsWith('be') && w.length >= 5 && !isVowel(w[2]) && w.startsWith('er', 3)) replace(2, '', 4);
    }
    function suffix() {
      if (w.endsWith('kan') && prefix !== 3 && prefix !== 2) return cut(3);
      if (w.endsWith('an') && prefix !== 1) return cut(2);
      if (w.endsWith('i') && prefix <= 2 && !w.endsWith('si')) return cut(1);
      return false;
    }
    ending(['kah', 'lah', 'pun']);
    if (measure <= 2) return w;
    ending(['nya', 'ku', 'mu']);
    if (measure <= 2) return w;
    if (firstOrder()) {
      if (measure > 2 && suffix() && measure > 2 && !replaced) secondOrder();
    } else {
      secondOrder();
      if (measure > 2) suffix();
    }
    return w;
  }
  function shard(term) {
    return term.length <= 2 ? term : term.slice(0, 2);
  }

  // ---- the query: words (all must match) and "exact phrases" ----
  function parse(q) {
    var phrases = [], all = [];
    var rest = q.replace(/"([^"]*)"?/g, function (m, inner) {
      var ws = words(inner);
      if (ws.length) phrases.push(ws.map(stem));
      all = all.concat(ws);
      return ' ';
    });
    all = all.concat(words(rest));
    var seen = {}, terms = [];
    all.forEach(function (w) {
      var s = stem(w);
      if (!seen[s]) { seen[s] = true; terms.push({word: w, stem: s}); }
    });
    return {terms: terms, phrases: phrases.filter(function (p) { return p.length > 1; })};
  }
  /** Damerau-style: one insertion, deletion, substitution or swap of neighbours. */
  function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }
  /** The shards a word's typos may sit in: its own, and those of a slip in its first two letters. */
  function typoShards(s) {
    var own = shard(s), list = [own];
    if (s.length > 2) [s[0] + s[2], s[1] + s[0], s[1] + s[2]].forEach(function (x) { if (list.indexOf(x) < 0) list.push(x); });
    return list;
  }

  // ---- scoring over loaded index files; pure, so that Node tests can run it ----
  /**
   * query: parse() result; shards: {name: {term: postings}}; positions: {name: {term: {doc: gaps}}} (phrases);
   * n: number of documents. Returns [{doc, score, terms}], every doc that has all the query's terms.
   */
  function match(query, shards, positions, n) {
    var groups = query.terms.map(function (t) {
      var found = {}; // doc -> {score, term}
      var names = t.word.length >= 5 ? typoShards(t.stem) : [shard(t.stem)];
      names.forEach(function (name) {
        var terms = shards[name] || {};
        Object.keys(terms).forEach(function (term) {
          var exact = term === t.stem;
          if (!exact && !(t.word.length >= 5 && oneEditApart(term, t.stem))) return;
          var postings = terms[term], df = postings.length / 2;
          var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          for (var i = 0, doc = 0; i < postings.length; i += 2) {
            doc += postings[i];
            var score = idf * postings[i + 1] / 10 * (exact ? 1 : 0.7);
            if (!found[doc] || found[doc].score < score) found[doc] = {score: score, term: term};
          }
        });
      });
      return found;
    });
    if (!groups.length) return [];
    var results = [];
    Object.keys(groups[0]).forEach(function (key) {
      var doc = +key, score = 0, terms = [];
      for (var g = 0; g < groups.length; g++) {
        var hit = groups[g][doc];
        if (!hit) return;
        score += hit.score;
        terms.push(hit.term);
      }
      for (var p = 0; p < query.phrases.length; p++) if (!hasPhrase(query.phrases[p], doc, positions)) return;
      results.push({doc: doc, score: score * (1 + 0.1 * (1 - doc / Math.max(1, n))), terms: terms});
    });
    return results;
  }
  function hasPhrase(stems, doc, positions) {
    var lists = stems.map(function (s) {
      var where = (positions[shard(s)] || {})[s];
      var gaps = where && where[doc];
      if (!gaps) return null;
      var at = [], p = 0;
      gaps.forEach(function (g) { p += g; at.push(p); });
      return at;
    });
    if (lists.some(function (l) { return !l; })) return false;
    return lists[0].some(function (start) {
      for (var k = 1; k < lists.length; k++) if (lists[k].indexOf(start + k) < 0) return false;
      return true;
    });
  }
  /** Keeps results that pass the filters; counts, per filter, what each choice would give with the others applied. */
  function filter(results, codes, chosen) {
    function passes(c, skip) {
      if (skip !== 'bagian' && chosen.bagian !== '' && c[0] !== +chosen.bagian) return false;
      if (skip !== 'provinsi' && chosen.provinsi !== '' && c[1] !== +chosen.provinsi) return false;
      if (skip !== 'topik' && chosen.topik !== '' && c.slice(4).indexOf(+chosen.topik) < 0) return false;
      if (chosen.dari && c[2] < +chosen.dari) return false;
      if (chosen.sampai && c[2] > +chosen.sampai) return false;
      if (!chosen.ditarik && c[3] === 1) return false;
      return true;
    }
    var counts = {bagian: {}, provinsi: {}, topik: {}}, withdrawn = 0;
    results.forEach(function (r) {
      var c = codes(r.doc);
      if (passes(c, 'bagian')) counts.bagian[c[0]] = (counts.bagian[c[0]] || 0) + 1;
      if (passes(c, 'provinsi') && c[1] >= 0) counts.provinsi[c[1]] = (counts.provinsi[c[1]] || 0) + 1;
      if (passes(c, 'topik')) c.slice(4).forEach(function (t) { counts.topik[t] = (counts.topik[t] || 0) + 1; });
      if (c[3] === 1) withdrawn++;
    });
    return {results: results.filter(function (r) { return passes(codes(r.doc)); }), counts: counts, withdrawn: withdrawn};
  }
  function sort(results, by) {
    return results.slice().sort(by === 'tanggal'
      ? function (a, b) { return a.doc - b.doc; }
      : function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }
  /** The first sentence of the text holding a matched word, as [{text, mark}] pieces. */
  function snippet(text, matched) {
    var sentences = text.match(/[^.!?]+[.!?]*\s*/g) || [text];
    var chosen = sentences.find(function (s) { return words(s).some(function (w) { return matched[stem(w)]; }); }) || sentences[0];
    chosen = chosen.trim();
    if (chosen.length > 240) chosen = chosen.slice(0, 240).replace(/\s+\S*$/, '') + ' …';
    var pieces = [];
    chosen.split(/([^\p{L}\p{N}]+)/u).forEach(function (part) {
      if (!part) return;
      var mark = /[\p{L}\p{N}]/u.test(part) && words(part).some(function (w) { return matched[stem(w)]; });
      var last = pieces[pieces.length - 1];
      if (last && last.mark === mark && !mark) last.text += part; else pieces.push({text: part, mark: mark});
    });
    return pieces;
  }

  var api = {fold: fold, words: words, stem: stem, parse: parse, oneEditApart: oneEditApart, match: match,
    filter: filter, sort: sort, snippet: snippet, shard: shard, typoShards: typoShards};
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }

  // ---- the page ----
  var cache = {};
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(INDEX + path).then(function (r) {
        if (r.status === 404) return {};
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      });
    }
    return cache[path];
  }
  function loadAll(names, dir) {
    var out = {};
    return Promise.all(names.map(function (name) {
      return load(dir + '/' + name + '.json').then(function (data) { out[name] = data; });
    })).then(function () { return out; });
  }

  var form = document.getElementById('cari-form');
  if (!form) return;
  var input = document.getElementById('q');
  var status = document.getElementById('cari-status');
  var list = document.getElementById('cari-hasil');
  var more = document.getElementById('cari-lagi');
  var fields = ['bagian', 'provinsi', 'topik', 'dari', 'sampai', 'urut'];
  var shown = PER_STEP, sequence = 0, timer = 0, meta = null;
  document.getElementById('cari-tanpa-js').hidden = true;
  document.getElementById('cari-saring').hidden = false;

  function control(name) { return form.elements[name]; }
  /** The form's choices; section, province and topic as codes of the index (the URL keeps their names). */
  function choices() {
    var c = {};
    fields.forEach(function (f) { c[f] = control(f).value; });
    [['bagian', 'sections'], ['provinsi', 'provinces'], ['topik', 'topics']].forEach(function (pair) {
      if (c[pair[0]] !== '') c[pair[0]] = String(meta[pair[1]].indexOf(c[pair[0]]));
    });
    c.ditarik = control('ditarik').checked;
    return c;
  }
  function fillOptions(name, labels) {
    var select = control(name);
    labels.forEach(function (label, i) {
      var option = document.createElement('option');
      option.value = label;
      option.textContent = label;
      option.dataset.label = label;
      select.appendChild(option);
    });
  }
  function showCounts(name, counts) {
    Array.prototype.forEach.call(control(name).options, function (o) {
      if (o.value === '') return;
      var n = counts[o.index - 1] || 0;
      o.textContent = o.dataset.label + ' (' + n + ')';
    });
  }
  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    fields.forEach(function (f) { if (params.has(f)) control(f).value = params.get(f); });
    control('ditarik').checked = params.get('ditarik') === '1';
    // a shared search with filters shows them
    if (['bagian', 'provinsi', 'topik', 'dari', 'sampai', 'urut', 'ditarik'].some(function (f) { return params.has(f); })) {
      document.getElementById('cari-saring').open = true;
    }
  }
  function toUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    fields.forEach(function (f) {
      var value = control(f).value;
      if (value && !(f === 'urut' && value === 'relevansi')) params.set(f, value);
    });
    if (control('ditarik').checked) params.set('ditarik', '1');
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function run() {
    var mine = ++sequence;
    var query = parse(input.value);
    toUrl();
    if (!query.terms.length) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Tulis kata yang dicari.';
      return;
    }
    var shardNames = [];
    query.terms.forEach(function (t) {
      (t.word.length >= 5 ? typoShards(t.stem) : [shard(t.stem)]).forEach(function (s) { if (shardNames.indexOf(s) < 0) shardNames.push(s); });
    });
    var phraseShards = [];
    query.phrases.forEach(function (p) { p.forEach(function (s) { if (phraseShards.indexOf(shard(s)) < 0) phraseShards.push(shard(s)); }); });
    Promise.all([loadAll(shardNames, 't'), loadAll(phraseShards, 'p')]).then(function (loaded) {
      var results = match(query, loaded[0], loaded[1], meta.documents);
      var chunks = [];
      results.forEach(function (r) { var c = Math.floor(r.doc / meta.filterChunk); if (chunks.indexOf(c) < 0) chunks.push(c); });
      return loadAll(chunks.map(String), 'f').then(function (codes) {
        return {query: query, results: results, codes: function (doc) {
          return codes[String(Math.floor(doc / meta.filterChunk))][doc % meta.filterChunk];
        }};
      });
    }).then(function (found) {
      if (mine !== sequence) return null; // a newer query is on its way
      var c = choices();
      var kept = filter(found.results, found.codes, c);
      showCounts('bagian', kept.counts.bagian);
      showCounts('provinsi', kept.counts.provinsi);
      showCounts('topik', kept.counts.topik);
      var ordered = sort(kept.results, c.urut);
      var page = ordered.slice(0, shown);
      var docPages = [];
      page.forEach(function (r) { var p = Math.floor(r.doc / meta.docPage); if (docPages.indexOf(p) < 0) docPages.push(p); });
      return loadAll(docPages.map(String), 'd').then(function (docs) {
        if (mine !== sequence) return;
        render(found, ordered, page, docs, kept.withdrawn, c);
      });
    }).catch(function (e) {
      if (mine !== sequence) return;
      status.textContent = 'Pencarian gagal dimuat (' + e.message + '). Coba lagi, atau telusuri arsip.';
    });
  }

  function render(found, ordered, page, docs, withdrawn, c) {
    var matched = {};
    found.query.terms.forEach(function (t) { matched[t.stem] = true; });
    page.forEach(function (r) { r.terms.forEach(function (t) { matched[t] = true; }); });
    list.replaceChildren.apply(list, page.map(function (r) {
      var d = docs[String(Math.floor(r.doc / meta.docPage))][r.doc % meta.docPage];
      var codes = found.codes(r.doc);
      var li = document.createElement('li');
      li.className = 'card';
      var kicker = document.createElement('p');
      kicker.className = 'card__meta';
      var time = document.createElement('time');
      time.dateTime = d.d;
      time.textContent = d.l;
      kicker.append(meta.sections[codes[0]] + ' · ', time);
      if (d.p) kicker.append(' · ' + d.p);
      if (codes[3] === 1) {
        var tag = document.createElement('strong');
        tag.className = 'tag--withdrawn';
        tag.textContent = 'Ditarik';
        kicker.append(' · ', tag);
      }
      var h = document.createElement('h2');
      h.className = 'card__title';
      var a = document.createElement('a');
      a.href = d.u;
      a.textContent = d.t;
      h.appendChild(a);
      var p = document.createElement('p');
      p.className = 'card__snippet';
      snippet(d.x, matched).forEach(function (piece) {
        if (piece.mark) { var m = document.createElement('mark'); m.textContent = piece.text; p.appendChild(m); }
        else p.append(piece.text);
      });
      li.append(kicker, h, p);
      return li;
    }));
    var total = ordered.length;
    var text = total === 0 ? 'Tidak ada rilis yang cocok.' : total + ' rilis ditemukan' + (total > page.length ? ', ' + page.length + ' ditampilkan' : '') + '.';
    if (!c.ditarik && withdrawn) text += ' ' + withdrawn + ' rilis yang ditarik tidak ditampilkan.';
    status.textContent = text;
    more.hidden = total <= page.length;
  }

  function later() {
    shown = PER_STEP;
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  }
  load('meta.json').then(function (m) {
    meta = m;
    fillOptions('bagian', m.sections);
    fillOptions('provinsi', m.provinces);
    fillOptions('topik', m.topics);
    fromUrl();
    if (input.value.trim()) run();
  });
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); shown = PER_STEP; run(); });
  more.addEventListener('click', function () { shown += PER_STEP; run(); });
})();
