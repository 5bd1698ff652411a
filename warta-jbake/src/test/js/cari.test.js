// The search client's logic under Node (node --test, run by `mvn verify`): the same stemming vectors as the
// Java tests, the query syntax, typo matching, ranking, phrases, filters and snippets.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
// CARI_JS: the served file instead of the source (SearchFilesTest runs these tests against it)
const cari = require(process.env.CARI_JS || '../../main/resources/org/warta/search/cari.js');

test('every shared stemming vector gives the same stem as in Java', () => {
  const file = path.join(__dirname, '../resources/search/stem-vectors.tsv');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
  assert.ok(lines.length >= 500, lines.length + ' vectors');
  const wrong = lines.map(l => l.split('\t')).filter(([w, s]) => cari.stem(w) !== s).map(([w, s]) => `${w}: ${cari.stem(w)} ≠ ${s}`);
  assert.deepStrictEqual(wrong, []);
});

test('folding and splitting match Terms.java', () => {
  assert.deepStrictEqual(cari.words('Koperasi-koperasi UMKM (2023): Démokrasi'), ['koperasi', 'koperasi', 'umkm', '2023', 'demokrasi']);
});

test('a query is words that must all match, and phrases in quotes', () => {
  const q = cari.parse('Penyaluran "rapat koordinasi" bantuan');
  assert.deepStrictEqual(q.terms.map(t => t.stem), ['salur', 'rapat', 'koordinasi', 'bantu'], 'in the order typed');
  assert.deepStrictEqual(q.phrases, [['rapat', 'koordinasi']]);
  assert.deepStrictEqual(q.pairs, ['salur rapat', 'rapat koordinasi', 'koordinasi bantu'], 'words side by side, for the ranking');
  assert.deepStrictEqual(cari.parse('"koperasi"').phrases, [], 'a one-word phrase is a word');
});

test('one edit: insertion, deletion, substitution, swap', () => {
  assert.ok(cari.oneEditApart('koprasi', 'koperasi'));
  assert.ok(cari.oneEditApart('koperasu', 'koperasi'));
  assert.ok(cari.oneEditApart('kopeasri', 'koperasi') === false);
  assert.ok(cari.oneEditApart('kopearsi', 'koperasi'));
  assert.ok(!cari.oneEditApart('koperasi', 'koperasi'));
  assert.ok(!cari.oneEditApart('kprasi', 'koperasi'));
});

test('posting lists decode as the shared vectors say (Java encodes the same)', () => {
  const file = path.join(__dirname, '../resources/search/postings-vectors.tsv');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
  assert.strictEqual(lines.length, 5);
  for (const [n, pairs, text] of lines.map(l => l.split('\t'))) {
    const expected = pairs.split(',').map(p => p.split(':').map(Number));
    const list = cari.decode(text, +n);
    assert.deepStrictEqual(list.docs.map((d, i) => [d, list.levels[i]]), expected, text);
  }
});

test('filter codes: section, province (-1 national), year, topics', () => {
  // the text SearchIndexTest expects for its two documents
  assert.deepStrictEqual(cari.filterCodes('ABBBABAAA', 2023), [[0, 0, 2024, 0], [1, -1, 2023]]);
});

test('a term sits in its two-letter file, or a longer one while that prefix is split', () => {
  assert.strictEqual(cari.shard('koperasi', []), 'ko');
  assert.strictEqual(cari.shard('sebanyak1', ['se', 'seb', 'seba']), 'seban');
  assert.strictEqual(cari.shard('se', ['se']), 'se');
  assert.strictEqual(cari.pairBucket('a', 4294967296), 0xe40c292c, 'FNV-1a of "a", as SearchIndexTest expects');
});

// Three documents, 0 newest. Lists in Postings' text form: "XTT" = docs 0, 1, 2 at levels 7, 3, 3 (gap * 16 + level).
const meta = {documents: 3, split: [], pairBuckets: 1};
const termFiles = {
  ko: {koperasi: 'XTT', koordinasi: 'hF'},
  ra: {rapat: 'TT'},
  ne: {nelay: 3}, // a long list: its count here, the list in l/nelay.txt
};
const lists = {nelay: 'hX'};
const pairs = {0: {'rapat koordinasi': 'hA'}}; // docs where "rapat koordinasi" stand side by side: 1
// as the page does it: exact terms first, typo neighbours only for words the index does not hold
function search(q) {
  const query = cari.parse(q);
  const fuzzy = cari.unmatched(query, cari.candidates(query, termFiles, {}));
  return cari.match(query, cari.candidates(query, termFiles, fuzzy), lists, pairs, meta);
}

test('all words must match; ranking by weight and idf, a little recency', () => {
  const found = search('koperasi rapat');
  assert.deepStrictEqual(found.map(r => r.doc).sort(), [0, 1]);
  const ranked = cari.sort(found, 'relevansi');
  assert.strictEqual(ranked[0].doc, 0, 'higher weight first');
  assert.deepStrictEqual(cari.sort(found, 'tanggal').map(r => r.doc), [0, 1]);
  const rare = search('nelayan');
  const common = search('koperasi');
  assert.ok(rare[0].score > common.find(r => r.doc === 2).score, 'a rare word weighs more than a common one');
  assert.deepStrictEqual(cari.longLists(cari.candidates(cari.parse('nelayan koperasi'), termFiles, {})), ['nelay']);
});

test('a word of five letters or more also finds terms one edit away; a short one does not', () => {
  assert.deepStrictEqual(search('koprasi').map(r => r.doc).sort(), [0, 1, 2]);
  assert.deepStrictEqual(search('rapit').map(r => r.doc).sort(), [0, 1]);
  assert.deepStrictEqual(search('rapt'), []);
  const exact = search('koperasi').find(r => r.doc === 0).score;
  const typo = search('koprasi').find(r => r.doc === 0).score;
  assert.ok(typo < exact, 'a typo match ranks below the exact word');
  assert.deepStrictEqual(cari.typoShards('koperasi', []), ['ko', 'op', 'ok', 'kp']);
  assert.deepStrictEqual(cari.files(cari.parse('desa "rapat koordinasi"'), meta, {}), {t: ['de', 'ra', 'ko'], p: ['0'], l: []},
    'term files and the pairs\' buckets; no long list without the filter saying so');
  // the filter SearchIndexTest expects for the terms "koperasi" and "rapat" (SearchIndex.longListFilter)
  const withLong = {...meta, long: JSON.parse(fs.readFileSync(path.join(__dirname, '../resources/search/long-filter.json'), 'utf8'))};
  assert.deepStrictEqual(cari.files(cari.parse('rapat koperasi desa'), withLong, {}).l, ['rapat', 'koperasi'],
    'the long lists the filter names come in the first round trip too');
  const typing = cari.files(cari.parse('rapat koperasi'), withLong, {}, 'koperasi');
  assert.deepStrictEqual([typing.l, typing.p], [['rapat'], []], 'the word still being typed: no pair, no long list yet');
  assert.deepStrictEqual(cari.files(cari.parse('"rapat koordinasi'), withLong, {}, 'koordinasi').p, ['0'],
    'but a phrase in quotes needs its pair to match at all');
  const slip = cari.parse('koprasi');
  assert.deepStrictEqual(cari.unmatched(slip, cari.candidates(slip, termFiles, {})), {koprasi: true});
  assert.deepStrictEqual(cari.files(slip, meta, {koprasi: true}).t, cari.typoShards('koprasi', []));
  const known = cari.parse('koperasi rapat');
  assert.deepStrictEqual(cari.unmatched(known, cari.candidates(known, termFiles, {})), {}, 'words the index holds: no typo lookups');
  assert.deepStrictEqual(cari.candidates(cari.parse('koordinasi'), termFiles, {}).koordinasi.map(c => c.term), ['koordinasi'],
    'an exact word does not pull in its neighbours');
});

test('a stem of 4 letters or more also finds longer terms that start with it, ranked below the word itself', () => {
  assert.deepStrictEqual(search('koor').map(r => r.doc), [1], 'koor… → koordinasi');
  assert.deepStrictEqual(search('kop').map(r => r.doc), [], 'three letters: no prefix search');
  const asPrefix = search('kope').find(r => r.doc === 0).score;
  assert.ok(asPrefix < search('koperasi').find(r => r.doc === 0).score);
});

// ---- the ranking rules (issue 21), each on documents built to tell it: 0 is the newest
function ranked(termFiles, lists, pairs, q, documents) {
  const m = {documents: documents, split: [], pairBuckets: 1};
  const query = cari.parse(q);
  return cari.sort(cari.match(query, cari.candidates(query, termFiles, {}), lists, pairs, m), 'relevansi');
}

test('a word in the title ranks above the same word, weighing more, in the body', () => {
  const nelay = cari.stem('nelayan');
  // doc 0: weight 7, body only ('X' = gap 1, level 7); doc 1: weight 3 in the title ('b' = gap 1, level 8 + 3)
  const files = {ne: {[nelay]: 'Xb'}};
  assert.deepStrictEqual(ranked(files, {}, {}, 'nelayan', 2).map(r => r.doc), [1, 0]);
});

test('words typed side by side rank a release holding them side by side above one holding them apart', () => {
  const latih = cari.stem('pelatihan');
  // both words in both documents, weightier in doc 0 ('X': level 7), side by side only in doc 1 (its pair 'hA')
  const files = {[latih.slice(0, 2)]: {[latih]: 'XT'}, ko: {koperasi: 'XT'}};
  const pairs = {0: {[latih + ' koperasi']: 'hA'}};
  assert.deepStrictEqual(ranked(files, {}, pairs, 'pelatihan koperasi', 2).map(r => r.doc), [1, 0]);
  assert.deepStrictEqual(ranked(files, {}, pairs, 'koperasi pelatihan', 2).map(r => r.doc), [0, 1],
    'in the other order the pair is another one: weight decides');
});

test('a title that holds the whole query comes first, before releases that say it more often', () => {
  const sert = cari.stem('sertifikasi'), halal = cari.stem('halal');
  // doc 0: both words weighty in the body and side by side there; doc 1: both in the title, side by side there;
  // doc 2: both in the title, apart
  const files = {[sert.slice(0, 2)]: {[sert]: 'XcT'}, [halal.slice(0, 2)]: {[halal]: 'XcT'}};
  // pairs: doc 0 at level 0, doc 1 at TITLE ('I' in the sparse form: gap 1 * 16 + 8 = 24 → 'Y')
  const pairs = {0: {[sert + ' ' + halal]: 'QY'}};
  const result = ranked(files, {}, pairs, 'sertifikasi halal', 3);
  assert.deepStrictEqual(result.map(r => r.doc), [1, 0, 2]);
  assert.ok(result[0].score > cari.RANK.EXACT_TITLE, 'the exact title match is ahead by far');
});

test('a question is asked without its question words, and a word the archive holds nowhere is left out', () => {
  const q = cari.parse('kapan rapat koperasi');
  assert.deepStrictEqual(q.terms.map(t => t.stem), ['rapat', 'koperasi']);
  assert.deepStrictEqual(q.ignored, ['kapan']);
  assert.deepStrictEqual(cari.parse('siapa').terms.map(t => t.stem), ['siapa'], 'alone, a question word is the query');
  assert.deepStrictEqual(cari.parse('"apa kabar" koperasi').terms.length, 3, 'in quotes it stays');
  const query = cari.parse('rapat xyzzyq');
  const result = cari.match(query, cari.candidates(query, termFiles, {}), lists, pairs, meta);
  assert.deepStrictEqual(result.map(r => r.doc).sort(), [0, 1], 'as if only "rapat" were asked');
  assert.deepStrictEqual(query.ignored, ['xyzzyq']);
  const none = cari.parse('xyzzyq qqqqq');
  assert.deepStrictEqual(cari.match(none, cari.candidates(none, termFiles, {}), lists, pairs, meta), [], 'nothing held: nothing found');
});

test('words every release holds still rank a pair above recency', () => {
  const izin = cari.stem('perizinan'), usaha = cari.stem('berusaha');
  // 1,000 releases, both words in every one at the same weight (idf near 0, recency would decide); the words stand
  // side by side only in the oldest, 999
  const n = 1000, everywhere = '~' + '_'.repeat(166) + 'P' + 'D'.repeat(n);
  const files = {[izin.slice(0, 2)]: {[izin]: 1}, [usaha.slice(0, 2)]: {[usaha]: 1}};
  const lists = {[izin]: everywhere, [usaha]: everywhere};
  const pair = {0: {[izin + ' ' + usaha]: 'v0A'}}; // doc 999: gap 1000 * 16 = 16000 = 15 * 1024 + 20 * 32 + 0
  const result = ranked(files, lists, pair, 'perizinan berusaha', n);
  assert.strictEqual(result.length, n);
  assert.strictEqual(result[0].doc, 999);
});

test('recency only breaks ties', () => {
  const files = {ko: {koperasi: 'TT'}}; // docs 0 and 1, the same weight
  const result = ranked(files, {}, {}, 'koperasi', 2);
  assert.deepStrictEqual(result.map(r => r.doc), [0, 1], 'the newer first');
  assert.ok(result[0].score - result[1].score <= cari.RANK.RECENCY);
});

test('a phrase needs its words next to each other, in order', () => {
  assert.deepStrictEqual(search('"rapat koordinasi"').map(r => r.doc), [1]);
  assert.deepStrictEqual(search('"koordinasi rapat"'), []);
});

test('filters keep what passes and count each choice with the other filters applied', () => {
  const codes = [[0, 1, 2024, 3], [0, 2, 2019], [1, 1, 2023, 3, 4]];
  const withdrawn = {2: true};
  const all = [0, 1, 2].map(doc => ({doc}));
  const none = {bagian: '', provinsi: '', topik: '', dari: '', sampai: '', ditarik: false};
  let kept = cari.filter(all, d => codes[d], none, withdrawn);
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 1], 'withdrawn left out by default');
  assert.strictEqual(kept.withdrawn, 1);
  kept = cari.filter(all, d => codes[d], {...none, provinsi: '1', ditarik: true}, withdrawn);
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 2]);
  assert.deepStrictEqual(kept.counts.provinsi, {1: 2, 2: 1}, 'province counts ignore the province filter itself');
  assert.deepStrictEqual(kept.counts.topik, {3: 2, 4: 1});
  kept = cari.filter(all, d => codes[d], {...none, dari: '2020', sampai: '2024', ditarik: true}, withdrawn);
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 2]);
  kept = cari.filter(all, () => null, none, withdrawn);
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 1], 'without filter codes: only withdrawn ones leave');
  assert.deepStrictEqual(kept.counts.bagian, {});
});

test('the snippet never ends inside a time or a number, and a long sentence is cut at a space', () => {
  const text = 'Layanan konsultasi dibuka setiap Selasa, pukul 09.00 sampai 14.00 WIB. Biaya Rp1.500.000 ditanggung dinas.';
  assert.strictEqual(cari.snippet(text, {[cari.stem('konsultasi')]: true}).map(p => p.text).join(''),
    'Layanan konsultasi dibuka setiap Selasa, pukul 09.00 sampai 14.00 WIB.');
  assert.strictEqual(cari.snippet(text, {[cari.stem('biaya')]: true}).map(p => p.text).join(''), 'Biaya Rp1.500.000 ditanggung dinas.');
  const long = 'Rapat koperasi '.repeat(14) + 'pukul 09.00 sampai selesai di aula dinas.';
  const cut = cari.snippet(long, {[cari.stem('rapat')]: true}).map(p => p.text).join('');
  assert.ok(cut.endsWith(' …') && cut.length <= 242, cut);
  assert.ok(long.startsWith(cut.slice(0, -2)) && /\s/.test(long[cut.length - 2]), 'cut at a space: ' + cut);
});

test('the snippet is the first sentence with a match, matched words marked', () => {
  const pieces = cari.snippet('Rapat dibuka pagi. Penyaluran bantuan untuk koperasi nelayan dibahas. Lainnya.', {salur: true, koperasi: true});
  assert.deepStrictEqual(pieces.filter(p => p.mark).map(p => p.text), ['Penyaluran', 'koperasi']);
  assert.strictEqual(pieces.map(p => p.text).join(''), 'Penyaluran bantuan untuk koperasi nelayan dibahas.');
});
