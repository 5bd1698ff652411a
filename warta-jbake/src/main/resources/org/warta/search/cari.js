/* Warta search, /cari/ only. Reads the static index that the bake writes under /cari/indeks/ (see
   org.warta.search.SearchIndex) and fetches only the files a query needs. The stemmer and the tokeniser are the
   Java ones (org.warta.search.IndonesianStemmer, Terms), checked against the same vectors by
   src/test/js/cari.test.js. Runs in the browser (deferred) and under Node for the tests (module.exports). */
(function () {
  'use strict';
  var INDEX = '/cari/indeks/';
  var PER_STEP = 10;
  // ms after a keystroke before searching: short, because index files are cached and stale answers are dropped
  var DEBOUNCE = 60;
  // ms more of quiet before a word the index does not hold is looked up as a typo
  var SETTLE = 300;
  var STALE = {};

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
  // ---- the index's compact forms (org.warta.search.Postings) ----
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = {};
  for (var a = 0; a < ALPHABET.length; a++) VALUE[ALPHABET[a]] = a;
  /**
   * A posting list: {docs: [...], levels: [...]}, documents ascending. A level is 0-15: the weight in its low three
   * bits, TITLE when the term (or pair) stands in the title.
   */
  var TITLE = 8;
  function decode(text, n) {
    var docs = [], levels = [];
    if (text[0] === '~') {
      var width = Math.ceil(n / 6), k = 0;
      for (var doc = 0; doc < n; doc++) {
        if (!(VALUE[text[1 + (doc / 6 | 0)]] >> doc % 6 & 1)) continue;
        docs.push(doc);
        levels.push(VALUE[text[1 + width + k]]);
        k++;
      }
    } else {
      numbers(text).forEach(function (v, j) {
        var d = (j ? docs[j - 1] : -1) + Math.floor(v / 16);
        docs.push(d);
        levels.push(v % 16);
      });
    }
    return {docs: docs, levels: levels};
  }
  /** The varints of a text: base-32 digits, 32 added to every digit but a number's last. */
  function numbers(text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var c = VALUE[text[i]];
      value = value * 32 + (c & 31);
      if (c < 32) { out.push(value); value = 0; }
    }
    return out;
  }
  /** Filter codes of a chunk as [section, province or -1, year, topic…], one array a document. */
  function filterCodes(text, firstYear) {
    var v = numbers(text), out = [];
    for (var i = 0; i < v.length;) {
      var codes = [v[i], v[i + 1] - 1, firstYear + v[i + 2]], topics = v[i + 3];
      for (var t = 0; t < topics; t++) codes.push(v[i + 4 + t]);
      out.push(codes);
      i += 4 + topics;
    }
    return out;
  }
  function fnv(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }
  function pairBucket(pair, buckets) {
    return fnv(pair) % buckets;
  }
  /** Whether meta.json's filter (SearchIndex.longListFilter) says a term may have a long list l/<term>.txt. */
  function mayBeLong(term, filter) {
    if (!filter) return false;
    var h1 = fnv(term), h2 = (fnv(term + '#') | 1) >>> 0;
    for (var i = 0; i < filter.hashes; i++) {
      var p = (h1 + i * h2) % filter.bits;
      if (!(VALUE[filter.set[Math.floor(p / 6)]] >> p % 6 & 1)) return false;
    }
    return true;
  }
  /** The term file a term is in: its first two letters, one more for as long as that prefix is split. */
  function shard(term, split) {
    var prefix = term.slice(0, 2);
    while (term.length > prefix.length && split && split.indexOf(prefix) >= 0) prefix = term.slice(0, prefix.length + 1);
    return prefix;
  }

  // ---- the query: words (all must match) and "exact phrases" ----
  /**
   * {terms: [{word, stem}] once each, phrases: [[stem…]] in quotes (they must match), pairs: ["stem stem"] of
   * words side by side as typed (they rank: a release holding them side by side comes first)}.
   */
  function parse(q) {
    var phrases = [], all = [], order = [];
    q.replace(/"([^"]*)"?|[^"]+/g, function (m, inner) {
      var ws = words(inner !== undefined ? inner : m);
      if (inner !== undefined && ws.length) phrases.push(ws.map(stem));
      all = all.concat(ws);
      return '';
    });
    // the words of a question ("kapan", "siapa") say what is asked, not what a release holds: left out of a query
    // that has other words (in quotes they stay)
    var asked = all.filter(function (w) { return QUESTION.indexOf(fold(w)) < 0 || phrases.some(function (p) { return p.indexOf(stem(w)) >= 0; }); });
    var ignored = asked.length && asked.length < all.length ? all.filter(function (w) { return asked.indexOf(w) < 0; }) : [];
    if (ignored.length) all = asked;
    var seen = {}, terms = [], pairs = [];
    all.forEach(function (w, i) {
      var s = stem(w);
      if (!seen[s]) { seen[s] = true; terms.push({word: w, stem: s}); }
      var pair = i ? stem(all[i - 1]) + ' ' + s : null;
      if (pair && stem(all[i - 1]) !== s && pairs.indexOf(pair) < 0) pairs.push(pair);
    });
    return {terms: terms, phrases: phrases.filter(function (p) { return p.length > 1; }), pairs: pairs, ignored: ignored};
  }
  var QUESTION = ['apa', 'apakah', 'siapa', 'kapan', 'dimana', 'mana', 'bagaimana', 'berapa', 'mengapa', 'kenapa', 'bilamana'];
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
  /** The term files a word's typos may sit in: its own, and those of a dropped or swapped letter among its first three. */
  function typoShards(s, split) {
    var variants = [s];
    for (var i = 0; i < 3 && i < s.length; i++) {
      variants.push(s.slice(0, i) + s.slice(i + 1));
      if (i + 1 < s.length) variants.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    }
    var list = [];
    variants.forEach(function (v) { if (v && list.indexOf(shard(v, split)) < 0) list.push(shard(v, split)); });
    return list;
  }
  /**
   * The files a query needs at once: {t: [term files], p: [pair buckets], l: [long lists the words may have]}.
   * The long lists meta.json's filter names are asked for with the term files (a false positive, about 1 %, gets a
   * 404), so that a query of known words needs two round trips: these, then the results on screen. fuzzy: {stem: true} for
   * the words that may also match terms one edit away (unmatched()); their typos' files are added. partial: the stem
   * of a last word still being typed, whose pair and long list are not asked for yet (each keystroke would ask anew).
   */
  function files(query, meta, fuzzy, partial) {
    var t = [], p = [], l = [];
    function add(list, x) { if (list.indexOf(x) < 0) list.push(x); }
    query.terms.forEach(function (term) {
      (fuzzy[term.stem] ? typoShards(term.stem, meta.split) : [shard(term.stem, meta.split)]).forEach(function (f) { add(t, f); });
      if (term.stem !== partial && mayBeLong(term.stem, meta.long)) add(l, term.stem);
    });
    // a phrase's pairs are among the query's pairs: its words stand side by side in the query too
    // a phrase in quotes needs its pairs to match at all: those are asked for even while a word is being typed
    var quoted = [];
    query.phrases.forEach(function (stems) { for (var k = 1; k < stems.length; k++) quoted.push(stems[k - 1] + ' ' + stems[k]); });
    query.pairs.forEach(function (pair) {
      if (!partial || pair.split(' ')[1] !== partial || quoted.indexOf(pair) >= 0) add(p, String(pairBucket(pair, meta.pairBuckets)));
    });
    return {t: t, p: p, l: l};
  }
  /**
   * Index terms each query word matches: {stem: [{term, kind, entry}]}, kind 'exact', 'typo' (one edit away; only
   * for fuzzy words) or 'prefix' (a longer term that starts with a stem of 4 letters or more, "digital" →
   * "digitalisasi"; the 5 shortest).
   */
  function candidates(query, termFiles, fuzzy) {
    var out = {};
    query.terms.forEach(function (t) {
      var found = [], longer = [];
      Object.keys(termFiles).forEach(function (name) {
        var terms = termFiles[name] || {};
        Object.keys(terms).forEach(function (term) {
          var kind = term === t.stem ? 'exact'
            : fuzzy[t.stem] && oneEditApart(term, t.stem) ? 'typo'
            : t.stem.length >= 4 && term.length > t.stem.length && term.indexOf(t.stem) === 0 ? 'prefix' : null;
          if (kind) (kind === 'prefix' ? longer : found).push({term: term, kind: kind, entry: terms[term]});
        });
      });
      longer.sort(function (a, b) { return a.term.length - b.term.length || (a.term < b.term ? -1 : 1); });
      out[t.stem] = found.concat(longer.slice(0, 5));
    });
    return out;
  }
  /** The words of 5 letters or more that the index does not hold: {stem: true}; they may match a typo's neighbours. */
  function unmatched(query, found) {
    var fuzzy = {};
    query.terms.forEach(function (t) {
      if (t.word.length >= 5 && !found[t.stem].some(function (c) { return c.kind === 'exact'; })) fuzzy[t.stem] = true;
    });
    return fuzzy;
  }
  /** The long posting lists (l/<term>.txt) the candidates need. */
  function longLists(found) {
    var names = [];
    Object.keys(found).forEach(function (s) {
      found[s].forEach(function (c) { if (typeof c.entry === 'number' && names.indexOf(c.term) < 0) names.push(c.term); });
    });
    return names;
  }

  // ---- scoring over loaded index files; pure, so that Node tests can run it ----
  var KIND_WEIGHT = {exact: 1, typo: 0.7, prefix: 0.5};
  /**
   * The ranking, BM25F-like, documented in the README (Search, Ranking): per query word, its BM25 weight in
   * the release (title words counted three times, summary words twice) times its idf; TITLE_WORD times the idf
   * more when the word stands in the title; for each two words typed side by side that stand side by side in the
   * release, PAIR times their mean idf (PAIR_TITLE when in the title); EXACT_TITLE when every word and every pair
   * of a query of two words or more stands in the title, which puts the release a journalist remembers first;
   * and a recency of at most RECENCY, a tie-breaker. The bonuses take an idf of at least IDF_FLOOR, so that words
   * every release holds still rank a title or a pair.
   */
  var RANK = {TITLE_WORD: 1.5, PAIR: 3, PAIR_TITLE: 5, EXACT_TITLE: 100, RECENCY: 0.05, IDF_FLOOR: 0.3};
  /**
   * query: parse() result; found: candidates(); lists: {term: text} of the long lists; pairs: {bucket: {pair: text}};
   * meta: meta.json. Returns [{doc, score, terms}], every document that has all the query's words and phrases;
   * a word the index holds nowhere, not even one edit away, is left out (query.ignored), as long as one is left.
   */
  function match(query, found, lists, pairs, meta) {
    var n = meta.documents;
    var idfs = {};
    var held = query.terms.filter(function (t) { return found[t.stem].length; });
    if (held.length && held.length < query.terms.length) {
      query.terms.forEach(function (t) { if (!found[t.stem].length && query.ignored.indexOf(t.word) < 0) query.ignored.push(t.word); });
    }
    var groups = (held.length ? held : query.terms).map(function (t) {
      var hits = {}; // doc -> {score, term, title}
      found[t.stem].forEach(function (c) {
        var text = typeof c.entry === 'number' ? lists[c.term] : c.entry;
        if (typeof text !== 'string') return;
        var list = decode(text, n), df = list.docs.length;
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        if (c.kind === 'exact' || !(t.stem in idfs)) idfs[t.stem] = idf;
        for (var i = 0; i < df; i++) {
          var level = list.levels[i], title = (level & TITLE) !== 0;
          var score = idf * KIND_WEIGHT[c.kind] * ((level & 7) + 0.5) / 8 * 2.2
            + (title ? RANK.TITLE_WORD * Math.max(idf, RANK.IDF_FLOOR) * KIND_WEIGHT[c.kind] : 0);
          var doc = list.docs[i];
          if (!hits[doc] || hits[doc].score < score) hits[doc] = {score: score, term: c.term, title: title};
        }
      });
      return hits;
    });
    // the pairs typed side by side: {doc: level} each
    var pairLevels = query.pairs.map(function (pair) {
      var text = (pairs[pairBucket(pair, meta.pairBuckets)] || {})[pair], levels = {};
      if (typeof text === 'string') {
        var list = decode(text, n);
        list.docs.forEach(function (d, i) { levels[d] = list.levels[i]; });
      }
      var stems = pair.split(' ');
      return {pair: pair, levels: levels, idf: Math.max(RANK.IDF_FLOOR, ((idfs[stems[0]] || 0) + (idfs[stems[1]] || 0)) / 2)};
    });
    function levelsOf(pair) { return pairLevels.filter(function (p) { return p.pair === pair; })[0].levels; }
    if (!groups.length) return [];
    var phraseDocs = query.phrases.map(function (stems) {
      var sets = [];
      for (var k = 0; k + 1 < stems.length; k++) if (stems[k] !== stems[k + 1]) sets.push(levelsOf(stems[k] + ' ' + stems[k + 1]));
      return sets;
    });
    var results = [];
    Object.keys(groups[0]).forEach(function (key) {
      var doc = +key, score = 0, terms = [], inTitle = true;
      for (var g = 0; g < groups.length; g++) {
        var hit = groups[g][doc];
        if (!hit) return;
        score += hit.score;
        terms.push(hit.term);
        inTitle = inTitle && hit.title;
      }
      for (var p = 0; p < phraseDocs.length; p++) {
        for (var q = 0; q < phraseDocs[p].length; q++) if (phraseDocs[p][q][doc] === undefined) return;
      }
      pairLevels.forEach(function (pair) {
        var level = pair.levels[doc];
        if (level === undefined) { inTitle = false; return; }
        score += pair.idf * ((level & TITLE) ? RANK.PAIR_TITLE : RANK.PAIR);
        if (!(level & TITLE)) inTitle = false;
      });
      if (inTitle && pairLevels.length) score += RANK.EXACT_TITLE;
      results.push({doc: doc, score: score + RANK.RECENCY * (1 - doc / Math.max(1, n)), terms: terms});
    });
    return results;
  }
  /**
   * Keeps results that pass the filters; counts, per filter, what each choice would give with the others applied.
   * codes(doc): filterCodes() of the document, or null while the filter files are not loaded (then only withdrawn
   * releases are left out, and nothing is counted). withdrawn: {doc: true}.
   */
  function filter(results, codes, chosen, withdrawn) {
    function passes(doc, c, skip) {
      if (!chosen.ditarik && withdrawn[doc]) return false;
      if (!c) return true;
      if (skip !== 'bagian' && chosen.bagian !== '' && c[0] !== +chosen.bagian) return false;
      if (skip !== 'provinsi' && chosen.provinsi !== '' && c[1] !== +chosen.provinsi) return false;
      if (skip !== 'topik' && chosen.topik !== '' && c.slice(3).indexOf(+chosen.topik) < 0) return false;
      if (chosen.dari && c[2] < +chosen.dari) return false;
      if (chosen.sampai && c[2] > +chosen.sampai) return false;
      return true;
    }
    var counts = {bagian: {}, provinsi: {}, topik: {}}, left = 0;
    results.forEach(function (r) {
      var c = codes(r.doc);
      if (withdrawn[r.doc]) left++;
      if (!c) return;
      if (passes(r.doc, c, 'bagian')) counts.bagian[c[0]] = (counts.bagian[c[0]] || 0) + 1;
      if (passes(r.doc, c, 'provinsi') && c[1] >= 0) counts.provinsi[c[1]] = (counts.provinsi[c[1]] || 0) + 1;
      if (passes(r.doc, c, 'topik')) c.slice(3).forEach(function (t) { counts.topik[t] = (counts.topik[t] || 0) + 1; });
    });
    return {results: results.filter(function (r) { return passes(r.doc, codes(r.doc)); }), counts: counts, withdrawn: left};
  }
  function sort(results, by) {
    return results.slice().sort(by === 'tanggal'
      ? function (a, b) { return a.doc - b.doc; }
      : function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }
  /**
   * The first sentence of the text holding a matched word, as [{text, mark}] pieces. A sentence ends at . ! or ?
   * before a space or the end, never inside "pukul 09.00" or "Rp1.500.000"; a long one is cut at a space.
   */
  function snippet(text, matched) {
    var sentences = text.match(/(?:[^.!?]|[.!?]+(?!\s|$))+[.!?]*\s*|[.!?]+\s*/g) || [text];
    var chosen = sentences.find(function (s) { return words(s).some(function (w) { return matched[stem(w)]; }); }) || sentences[0];
    chosen = chosen.trim();
    if (chosen.length > 240) chosen = chosen.slice(0, 241).replace(/\s+\S*$/, '').replace(/[\s,;:]+$/, '') + ' …';
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
    filter: filter, sort: sort, snippet: snippet, shard: shard, typoShards: typoShards, decode: decode,
    numbers: numbers, filterCodes: filterCodes, pairBucket: pairBucket, files: files, candidates: candidates,
    unmatched: unmatched, longLists: longLists, mayBeLong: mayBeLong, RANK: RANK};
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }

  // ---- the page ----
  var cache = {};
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(INDEX + path).then(function (r) {
        if (r.status === 404) return {};
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return /\.txt$/.test(path) ? r.text() : r.json();
      });
    }
    return cache[path];
  }
  /** {name: contents} of dir/name.ext for every name. */
  function loadAll(names, dir, ext) {
    var out = {};
    return Promise.all(names.map(function (name) {
      return load(dir + '/' + name + (ext || '.json')).then(function (data) { out[name] = data; });
    })).then(function () { return out; });
  }

  var form = document.getElementById('cari-form');
  if (!form) return;
  var input = document.getElementById('q');
  var status = document.getElementById('cari-status');
  var list = document.getElementById('cari-hasil');
  var more = document.getElementById('cari-lagi');
  var fields = ['bagian', 'provinsi', 'topik', 'dari', 'sampai', 'urut'];
  var shown = PER_STEP, sequence = 0, timer = 0, meta = null, withdrawn = {};
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
  /** Writes each option's count, or only its name when counts is false. */
  function showCounts(name, counts) {
    Array.prototype.forEach.call(control(name).options, function (o) {
      if (o.value === '') return;
      o.textContent = counts ? o.dataset.label + ' (' + (counts[o.index - 1] || 0) + ')' : o.dataset.label;
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

  /** Filter codes are fetched only when the reader filters or opens the filters (their counts show there). */
  function filtering(c) {
    return document.getElementById('cari-saring').open || c.bagian !== '' || c.provinsi !== '' || c.topik !== '' || c.dari !== '' || c.sampai !== '';
  }
  /** Searches the box's query. settled: the reader paused or pressed Enter, so words the index does not hold
      are worth their typo lookups (mid-word, "pelat" is no word yet). */
  function run(settled) {
    var mine = ++sequence;
    var query = parse(input.value);
    toUrl();
    if (!query.terms.length) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Tulis kata yang dicari.';
      return;
    }
    var typed = words(input.value);
    var partial = settled !== true && typed.length && !/[^\p{L}\p{N}]$/u.test(input.value) ? stem(typed[typed.length - 1]) : null;
    var needed = files(query, meta, {}, partial), found;
    // first, together: the words' own term files, the pairs' buckets and the words' long lists (when they have
    // one); a word the index does not hold then also fetches its typos' files
    Promise.all([loadAll(needed.t, 't'), loadAll(needed.p, 'b'), loadAll(needed.l, 'l', '.txt')]).then(function (loaded) {
      found = candidates(query, loaded[0], {});
      var fuzzy = unmatched(query, found);
      if (!Object.keys(fuzzy).length) return loaded;
      if (settled !== true && typing(fuzzy)) {
        if (mine === sequence) timer = setTimeout(function () { run(true); }, SETTLE);
        throw STALE;
      }
      return loadAll(files(query, meta, fuzzy).t, 't').then(function (more) {
        found = candidates(query, more, fuzzy);
        return [more, loaded[1], loaded[2]];
      });
    }).then(function (loaded) {
      var known = loaded[2];
      var missing = longLists(found).filter(function (term) { return typeof known[term] !== 'string'; });
      return Promise.all([loadAll(missing, 'l', '.txt'), loaded[1], known]);
    }).then(function (loaded) {
      var lists = {};
      [loaded[2], loaded[0]].forEach(function (l) { Object.keys(l).forEach(function (k) { lists[k] = l[k]; }); });
      var results = match(query, found, lists, loaded[1], meta);
      var c = choices();
      if (!filtering(c)) return {results: results, c: c, codes: function () { return null; }};
      var chunks = [];
      results.forEach(function (r) { var k = Math.floor(r.doc / meta.filterChunk); if (chunks.indexOf(k) < 0) chunks.push(k); });
      return loadAll(chunks.map(String), 'f', '.txt').then(function (texts) {
        var decoded = {};
        return {results: results, c: c, codes: function (doc) {
          var k = Math.floor(doc / meta.filterChunk);
          if (!decoded[k]) decoded[k] = filterCodes(texts[k], meta.firstYear);
          return decoded[k][doc % meta.filterChunk];
        }};
      });
    }).then(function (step) {
      if (mine !== sequence) return null; // a newer query is on its way
      var kept = filter(step.results, step.codes, step.c, withdrawn);
      var counted = filtering(step.c);
      showCounts('bagian', counted && kept.counts.bagian);
      showCounts('provinsi', counted && kept.counts.provinsi);
      showCounts('topik', counted && kept.counts.topik);
      var ordered = sort(kept.results, step.c.urut);
      var page = ordered.slice(0, shown);
      return loadAll(page.map(function (r) { return String(r.doc); }), 'd').then(function (docs) {
        if (mine !== sequence) return;
        render(query, ordered, page, docs, kept.withdrawn, step.c);
        // the last word was still being typed: once the reader pauses, its pair and long list rank the results too
        if (partial) timer = setTimeout(function () { run(true); }, SETTLE);
      });
    }).catch(function (e) {
      if (mine !== sequence || e === STALE) return;
      status.textContent = 'Pencarian gagal dimuat (' + e.message + '). Coba lagi, atau telusuri arsip.';
    });
  }

  function render(query, ordered, page, docs, left, c) {
    var matched = {};
    query.terms.forEach(function (t) { matched[t.stem] = true; });
    page.forEach(function (r) { r.terms.forEach(function (t) { matched[t] = true; }); });
    // a reader who tabbed into the results keeps their place when the list is redrawn
    var focused = list.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
    list.replaceChildren.apply(list, page.map(function (r) {
      var d = docs[String(r.doc)];
      var li = document.createElement('li');
      li.className = 'card';
      var kicker = document.createElement('p');
      kicker.className = 'card__meta';
      var time = document.createElement('time');
      time.dateTime = d.d;
      time.textContent = d.l;
      kicker.append(d.s + ' · ', time);
      if (d.p) kicker.append(' · ' + d.p);
      if (withdrawn[r.doc]) {
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
    if (focused !== null) {
      var again = Array.prototype.find.call(list.querySelectorAll('a'), function (a) { return a.getAttribute('href') === focused; });
      if (again) again.focus();
    }
    var total = ordered.length;
    var text = total === 0 ? 'Tidak ada rilis yang cocok.' : total + ' rilis ditemukan' + (total > page.length ? ', ' + page.length + ' ditampilkan' : '') + '.';
    if (query.ignored.length) text += ' Tanpa kata: ' + query.ignored.join(', ') + '.';
    if (!c.ditarik && left) text += ' ' + left + ' rilis yang ditarik tidak ditampilkan.';
    status.textContent = text;
    more.hidden = total <= page.length;
  }

  /**
   * Whether a word the index does not hold may still be being typed: it is the last word and nothing follows it.
   * Then its typo lookup waits for the reader to pause; a word already followed by a space, or a pasted query, is
   * looked up at once.
   */
  function typing(fuzzy) {
    var typed = words(input.value);
    if (!typed.length || /[^\p{L}\p{N}]$/u.test(input.value)) return false;
    return fuzzy[stem(typed[typed.length - 1])] === true;
  }
  function later(settled) {
    shown = PER_STEP;
    clearTimeout(timer);
    timer = setTimeout(function () { run(settled === true); }, DEBOUNCE);
  }
  load('meta.json').then(function (m) {
    meta = m;
    m.withdrawn.forEach(function (doc) { withdrawn[doc] = true; });
    fillOptions('bagian', m.sections);
    fillOptions('provinsi', m.provinces);
    fillOptions('topik', m.topics);
    // what the reader typed while the index was on its way (seconds on a slow phone network) is the query, not the
    // address's, which is empty on a fresh /cari/: the box is not wiped under their fingers
    var typed = input.value;
    fromUrl();
    if (typed.trim()) input.value = typed;
    if (input.value.trim()) run(true);
  });
  // a pasted query is whole: its words are looked up, typos too, without waiting for a pause
  form.addEventListener('input', function (e) {
    if (e.inputType !== 'insertFromPaste') return later(false);
    clearTimeout(timer);
    shown = PER_STEP;
    run(true);
  });
  // the box's own change event (fired when it loses focus) is no new query: its input events already ran it
  form.addEventListener('change', function (e) { if (e.target !== input) later(true); });
  document.getElementById('cari-saring').addEventListener('toggle', function () { if (input.value.trim()) later(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); shown = PER_STEP; run(true); });
  more.addEventListener('click', function () { shown += PER_STEP; run(true); });
})();
