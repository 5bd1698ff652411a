// The search client's logic under Node (node --test, run by `mvn verify`): the same stemming vectors as the
// Java tests, the query syntax, typo matching, ranking, phrases, filters and snippets.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const cari = require('../../../../assets/js/cari.js');

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

// Three documents, 0 newest. Postings: [doc gap, weight, …].
const shards = {
  ko: {koperasi: [0, 20, 1, 10, 1, 10], koordinasi: [1, 15]},
  ra: {rapat: [0, 10, 1, 10]},
  ne: {nelay: [2, 30]}, // stem of "nelayan"
};
const positions = {
  ra: {rapat: {0: [5], 1: [3]}},
  ko: {koordinasi: {1: [4]}, koperasi: {0: [1], 1: [9], 2: [2]}},
};

test('all words must match; ranking by weight and idf, a little recency', () => {
  const found = cari.match(cari.parse('koperasi rapat'), shards, positions, 3);
  assert.deepStrictEqual(found.map(r => r.doc).sort(), [0, 1]);
  const ranked = cari.sort(found, 'relevansi');
  assert.strictEqual(ranked[0].doc, 0, 'higher weight first');
  assert.deepStrictEqual(cari.sort(found, 'tanggal').map(r => r.doc), [0, 1]);
  const rare = cari.match(cari.parse('nelayan'), shards, positions, 3);
  const common = cari.match(cari.parse('koperasi'), shards, positions, 3);
  assert.ok(rare[0].score > common.find(r => r.doc === 2).score, 'a rare word weighs more than a common one');
});

test('a word of five letters or more also finds terms one edit away; a short one does not', () => {
  assert.deepStrictEqual(cari.match(cari.parse('koprasi'), shards, positions, 3).map(r => r.doc).sort(), [0, 1, 2]);
  assert.deepStrictEqual(cari.match(cari.parse('rapit'), shards, positions, 3).map(r => r.doc).sort(), [0, 1]);
  assert.deepStrictEqual(cari.match(cari.parse('rapt'), shards, positions, 3), []);
  const exact = cari.match(cari.parse('koperasi'), shards, positions, 3).find(r => r.doc === 0).score;
  const typo = cari.match(cari.parse('koprasi'), shards, positions, 3).find(r => r.doc === 0).score;
  assert.ok(typo < exact, 'a typo match ranks below the exact word');
  assert.deepStrictEqual(cari.typoShards('koperasi'), ['ko', 'kp', 'ok', 'op']);
});

test('a phrase needs its words next to each other, in order', () => {
  assert.deepStrictEqual(cari.match(cari.parse('"rapat koordinasi"'), shards, positions, 3).map(r => r.doc), [1]);
  assert.deepStrictEqual(cari.match(cari.parse('"koordinasi rapat"'), shards, positions, 3), []);
});

test('filters keep what passes and count each choice with the other filters applied', () => {
  const codes = [[0, 1, 2024, 0, 3], [0, 2, 2019, 0], [1, 1, 2023, 1, 3, 4]];
  const all = [0, 1, 2].map(doc => ({doc}));
  const none = {bagian: '', provinsi: '', topik: '', dari: '', sampai: '', ditarik: false};
  let kept = cari.filter(all, d => codes[d], none);
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 1], 'withdrawn left out by default');
  assert.strictEqual(kept.withdrawn, 1);
  kept = cari.filter(all, d => codes[d], {...none, provinsi: '1', ditarik: true});
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 2]);
  assert.deepStrictEqual(kept.counts.provinsi, {1: 2, 2: 1}, 'province counts ignore the province filter itself');
  assert.deepStrictEqual(kept.counts.topik, {3: 2, 4: 1});
  kept = cari.filter(all, d => codes[d], {...none, dari: '2020', sampai: '2024', ditarik: true});
  assert.deepStrictEqual(kept.results.map(r => r.doc), [0, 2]);
});

test('the snippet is the first sentence with a match, matched words marked', () => {
  const pieces = cari.snippet('Rapat dibuka pagi. Penyaluran bantuan untuk koperasi nelayan dibahas. Lainnya.', {salur: true, koperasi: true});
  assert.deepStrictEqual(pieces.filter(p => p.mark).map(p => p.text), ['Penyaluran', 'koperasi']);
  assert.strictEqual(pieces.map(p => p.text).join(''), 'Penyaluran bantuan untuk koperasi nelayan dibahas.');
});
