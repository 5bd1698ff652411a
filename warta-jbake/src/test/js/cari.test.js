// The search client's logic under Node (node --test, run by `mvn verify`): the same stemming vectors as the
// Java tests, the query syntax, typo matching, ranking, phrases, filters and snippets.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const cari = require('../../main/resources/org/warta/render/cari.js');

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
  assert.deepStrictEqual(q.terms.map(t => t.stem), ['rapat', 'koordinasi', 'salur', 'bantu']);
  assert.deepStrictEqual(q.phrases, [['rapat', 'koordinasi']]);
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

// Three documents, 0 newest. Lists in Postings' text form: "PLL" = docs 0, 1, 2 at levels 7, 3, 3.
const meta = {documents: 3, split: [], pairBuckets: 1};
const termFiles = {
  ko: {koperasi: 'PLL', koordinasi: 'V'},
  ra: {rapat: 'LL'},
  ne: {nelay: 3}, // a long list: its count here, the list in l/nelay.txt
};
const lists = {nelay: 'f'};
const pairs = {0: {'rapat koordinasi': 'Q'}}; // docs where "rapat koordinasi" stand side by side: 1
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
  assert.deepStrictEqual(cari.files(cari.parse('desa "rapat koordinasi"'), meta, {}), {t: ['ra', 'ko', 'de'], p: ['0']});
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
