// Relevance of Warta's search against Pagefind's on judged queries (issue 21), for bench/relevansi.sh.
//
//   node bench/relevansi/nilai.mjs [--detail <file.tsv>] <judged.tsv> <baked site> [<judged.tsv> <baked site> …]
//
// For every judged set (bench/relevansi/sampel.tsv, korpus.tsv: class, query, path:grade …) and every query, it
// takes each engine's first ten results on the same baked site and computes
//   nDCG@10: DCG = Σ_{i=1..10} (2^grade − 1) / log2(i + 1) over the results in rank order (unjudged: grade 0),
//            divided by the DCG of the ideal order of the query's own judgements;
//   share:   judged results in the top 10 / min(10, number of judged results), any grade;
// averages both per class and over all queries, and prints one table a set, Warta and Pagefind side by side,
// then, per judul query, the ranks of its grade-3 results in each engine's whole result list (the first of them
// is the one to watch).
// --detail writes one line a query (both engines' figures and their top 3) for a closer look.
//
//   node bench/relevansi/nilai.mjs --top <baked site> <query> [<query> …]
//
// prints each engine's first ten results of the queries as JSON, {query: {Warta: [...], Pagefind: [...]}}.
//
// How each engine is asked, both in this Node process, with no browser:
// - Warta: the site's own /js/cari.js (the one the bake published beside the index it built), loaded with require()
//   as its tests do, and the steps of the page's run(true) (a settled query: Enter or a pause) replayed over the
//   index files read from <site>/cari/indeks/ (a missing file counts as {} as a 404 does on the page): parse →
//   files(query, meta, {}) → load its t/, b/ and l/ → candidates → unmatched; for words the index does not hold,
//   the term files of files(query, meta, fuzzy) and candidates(…, fuzzy) again → the long lists of longLists(found)
//   not loaded yet → match → filter with no filter chosen (withdrawn releases left out, as by default) → sort by
//   relevance. A result's document number gives d/<n>.json, whose "u" is its address. When run() changes in
//   cari.js, change this to match (a check: nilai.mjs --top <site> <query> gives the page's first ten).
// - Pagefind: the site's own /pagefind/pagefind.js (Pagefind's browser search API, the one its UI calls), imported
//   as an ES module; its fetches of file: addresses are answered from the site folder. Without a page there is no
//   <html lang>, so Pagefind takes the index's only language (id, with its Indonesian stemmer), as a browser does
//   on an id page. search(query) as typed, quotes included (what the default UI passes); results in Pagefind's order;
//   result.data().url is the address (baseUrl "/").
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {pathToFileURL, fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);

// ---- judged sets ----
function readSet(file) {
  const queries = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cls, query, judged] = line.split('\t');
    const grades = {};
    for (const item of judged.trim().split(/\s+/)) {
      const i = item.lastIndexOf(':');
      grades[item.slice(0, i)] = +item.slice(i + 1);
    }
    queries.push({cls, query, grades});
  }
  return queries;
}

// ---- Warta ----
function warta(site) {
  const dir = path.join(site, 'cari', 'indeks');
  const cari = require(path.join(site, 'js', 'cari.js'));
  const cache = new Map();
  const load = name => {
    if (!cache.has(name)) {
      const file = path.join(dir, name);
      cache.set(name, !fs.existsSync(file) ? {} : name.endsWith('.txt') ? fs.readFileSync(file, 'utf8')
        : JSON.parse(fs.readFileSync(file, 'utf8')));
    }
    return cache.get(name);
  };
  const loadAll = (names, sub, ext = '.json') => Object.fromEntries(names.map(n => [n, load(`${sub}/${n}${ext}`)]));
  const meta = load('meta.json');
  const withdrawn = Object.fromEntries(meta.withdrawn.map(d => [d, true]));
  const none = {bagian: '', provinsi: '', topik: '', dari: '', sampai: '', urut: 'relevansi', ditarik: false};
  return {
    name: 'Warta',
    pages: meta.documents,
    /** Every result's address, best first. */
    async search(q) {
      const query = cari.parse(q);
      if (!query.terms.length) return [];
      // first round: the words' term files, the pairs' buckets, the words' own long lists (index version 3;
      // an older cari.js asks for no l/ here)
      const needed = cari.files(query, meta, {});
      let termFiles = loadAll(needed.t, 't');
      const pairs = loadAll(needed.p, 'b');
      const known = loadAll(needed.l || [], 'l', '.txt');
      let found = cari.candidates(query, termFiles, {});
      const fuzzy = cari.unmatched(query, found);
      if (Object.keys(fuzzy).length) {
        termFiles = loadAll(cari.files(query, meta, fuzzy).t, 't');
        found = cari.candidates(query, termFiles, fuzzy);
      }
      const missing = cari.longLists(found).filter(term => typeof known[term] !== 'string');
      const lists = {...known, ...loadAll(missing, 'l', '.txt')};
      const results = cari.match(query, found, lists, pairs, meta);
      const kept = cari.filter(results, () => null, none, withdrawn);
      return cari.sort(kept.results, none.urut).map(r => load(`d/${r.doc}.json`).u);
    },
  };
}

// ---- Pagefind ----
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith('file:')) return realFetch(input, init);
  const file = fileURLToPath(url.split('?')[0]);
  if (!fs.existsSync(file)) return new Response(null, {status: 404});
  return new Response(fs.readFileSync(file), {status: 200});
};

async function pagefind(site) {
  const module = path.join(site, 'pagefind', 'pagefind.js');
  const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const pf = await import(pathToFileURL(module).href);
  await pf.options({baseUrl: '/'});
  await pf.init();
  return {
    name: 'Pagefind',
    pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
    /** Results in Pagefind's order; data (the address) loaded lazily, as its UI does. */
    async search(q) {
      const search = await pf.search(q);
      const results = search ? search.results : [];
      const urls = [];
      return {
        length: results.length,
        async upTo(n) {
          while (urls.length < Math.min(n, results.length)) {
            const next = results.slice(urls.length, Math.min(n, urls.length + 20));
            for (const d of await Promise.all(next.map(r => r.data()))) urls.push(new URL(d.url, 'http://x').pathname);
          }
          return urls.slice(0, n);
        },
      };
    },
  };
}

/** Results of one engine as {length, upTo(n)}; Warta's come whole. */
async function ask(engine, q) {
  const r = await engine.search(q);
  if (Array.isArray(r)) return {length: r.length, upTo: async n => r.slice(0, n)};
  return r;
}

// ---- measures ----
const gain = g => 2 ** g - 1;
const discount = i => Math.log2(i + 2); // i from 0
function ndcg(top, grades) {
  const dcg = top.slice(0, 10).reduce((s, url, i) => s + gain(grades[url] || 0) / discount(i), 0);
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, 10).reduce((s, g, i) => s + gain(g) / discount(i), 0);
  return ideal ? dcg / ideal : 0;
}
function share(top, grades) {
  const judged = Object.keys(grades).length;
  return top.slice(0, 10).filter(url => grades[url] > 0).length / Math.min(10, judged);
}
/** 1-based ranks of the grade-3 results in the whole result list (those not found are left out). */
async function ranksOfThree(results, grades) {
  const want = Object.values(grades).filter(g => g === 3).length;
  for (let n = 10; ; n += 50) {
    const urls = await results.upTo(n);
    const ranks = urls.flatMap((u, i) => grades[u] === 3 ? [i + 1] : []);
    if (ranks.length === want || urls.length < n) return ranks;
  }
}

const f2 = x => x.toFixed(2);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--top') {
    const site = fs.realpathSync(args[1]);
    const engines = [warta(site), await pagefind(site)];
    const out = {};
    for (const q of args.slice(2)) {
      out[q] = {};
      for (const e of engines) out[q][e.name] = await (await ask(e, q)).upTo(10);
    }
    console.log(JSON.stringify(out, null, 1));
    return;
  }
  let detail = null;
  if (args[0] === '--detail') { detail = args[1]; args.splice(0, 2); }
  if (!args.length || args.length % 2) {
    console.error('usage: node bench/relevansi/nilai.mjs [--detail <file>] <judged.tsv> <site> [<judged.tsv> <site> …]');
    process.exit(2);
  }
  const detailLines = ['set\tclass\tquery\tjudged\twarta_ndcg\tpagefind_ndcg\twarta_share\tpagefind_share\twarta_results\tpagefind_results\twarta_first3\tpagefind_first3\twarta_top3\tpagefind_top3'];
  const firsts = [];
  for (let a = 0; a < args.length; a += 2) {
    const setName = path.basename(args[a], '.tsv');
    const site = fs.realpathSync(args[a + 1]);
    const queries = readSet(args[a]);
    const engines = [warta(site), await pagefind(site)];
    const missing = [...new Set(queries.flatMap(q => Object.keys(q.grades)))]
      .filter(p => !fs.existsSync(path.join(site, p, 'index.html')));
    if (missing.length) console.log(`   WARNING: ${missing.length} judged pages are not on the site: ${missing.slice(0, 5).join(' ')}`);
    const rows = [];
    for (const q of queries) {
      const row = {cls: q.cls, query: q.query};
      const tops = [];
      for (const e of engines) {
        const results = await ask(e, q.query);
        const top = await results.upTo(10);
        tops.push(top);
        row[e.name] = {ndcg: ndcg(top, q.grades), share: share(top, q.grades), results: results.length,
          threes: Object.values(q.grades).includes(3) ? await ranksOfThree(results, q.grades) : undefined};
        row[e.name].first3 = row[e.name].threes && (row[e.name].threes[0] || null);
      }
      rows.push(row);
      detailLines.push([setName, q.cls, q.query, Object.keys(q.grades).length,
        ...['ndcg', 'share', 'results', 'first3'].flatMap(k => engines.map(e => {
          const v = row[e.name][k];
          return v === undefined ? '' : v === null ? '-' : k === 'ndcg' || k === 'share' ? f2(v) : v;
        })),
        ...tops.map(t => t.slice(0, 3).join(' '))].join('\t'));
      if (q.cls === 'judul') firsts.push({setName, query: q.query, w: row.Warta.threes, p: row.Pagefind.threes,
        n: Object.values(q.grades).filter(g => g === 3).length});
    }
    console.log(`== ${setName}: ${queries.length} queries on ${site} (Warta ${engines[0].pages} pages, Pagefind ${engines[1].pages})`);
    const head = ['class', 'n', 'Warta nDCG@10', 'Pagefind nDCG@10', 'Warta share', 'Pagefind share'];
    const widths = [12, 3, 14, 17, 12, 14];
    console.log(head.map((h, i) => i < 2 ? pad(h, widths[i]) : lpad(h, widths[i])).join('  '));
    const classes = [...new Set(rows.map(r => r.cls))];
    for (const cls of [...classes, 'semua']) {
      const set = cls === 'semua' ? rows : rows.filter(r => r.cls === cls);
      const mean = (e, k) => set.reduce((s, r) => s + r[e][k], 0) / set.length;
      console.log([pad(cls, widths[0]), pad(set.length, widths[1]), lpad(f2(mean('Warta', 'ndcg')), widths[2]),
        lpad(f2(mean('Pagefind', 'ndcg')), widths[3]), lpad(f2(mean('Warta', 'share')), widths[4]),
        lpad(f2(mean('Pagefind', 'share')), widths[5])].join('  '));
    }
    console.log();
  }
  console.log('== judul: rank of the first grade-3 result, Warta / Pagefind (- = not among the results); then the ranks');
  console.log('   of all the grade-3 results (those that are among the results)');
  const first = r => r.length ? r[0] : '-';
  const all = r => r.length > 8 ? r.slice(0, 8).join(' ') + ' …' : r.join(' ');
  for (const f of firsts) {
    console.log(`   ${pad(f.setName, 7)} ${pad(f.query, 38)} ${lpad(first(f.w), 3)} / ${pad(first(f.p), 3)}  ` +
      `${f.n} grade 3: Warta ${all(f.w) || '-'} | Pagefind ${all(f.p) || '-'}`);
  }
  if (detail) fs.writeFileSync(detail, detailLines.join('\n') + '\n');
}

main().catch(err => { console.error(err); process.exit(1); });
