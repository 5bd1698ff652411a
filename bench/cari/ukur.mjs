// Measures search in headless Chromium (puppeteer-core driving Debian's /usr/bin/chromium), Warta's /cari/ and
// Pagefind's default UI side by side on the same baked site, and prints one JSON object.
//
//   node bench/cari/ukur.mjs <site folder> <query> [<query> …]           bytes and time per query
//   node bench/cari/ukur.mjs <site folder> --recall <queries.tsv>         recall of both on hand-written queries
//
// BENCH_FILES=1 lists every counted file on stderr.
// Each query runs in a fresh browser context (cold cache). The page is opened, the search box clicked and the
// query typed at 100 ms a key ("typed": as-you-type searches of its prefixes count too), or put in the box in one
// input event ("pasted": what one query costs). "ms" is from the last key down to the last change of the result list within
// 2.5 s, i.e. until the results of the whole query are on screen (as-you-type results of a shorter prefix that
// show earlier are not counted). "bytes" is what the search needs: its script and every index file it fetches
// (response bodies; the server does not compress), and "gzip" the same bodies gzipped (level 6), as a
// compressing host would send them. The page's own HTML, CSS and icons are not counted for either.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';

const ENGINES = {
  warta: {page: '/cari/', input: '#q', results: '#cari-hasil', item: '#cari-hasil > li',
    counts: url => url.includes('/cari/indeks/') || url.endsWith('/js/cari.js')},
  pagefind: {page: '/pagefind-cari.html', input: '.pagefind-ui__search-input', results: '.pagefind-ui__results-area',
    item: '.pagefind-ui__result', counts: url => url.includes('/pagefind/')},
};
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png',
  '.xml': 'application/xml', '.webmanifest': 'application/manifest+json'};

function serve(root) {
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, {'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'max-age=3600'});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function measure(browser, base, engine, query, mode) {
  const e = ENGINES[engine];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 390, height: 844});
  const bodies = []; // {url, body} of every response
  page.on('requestfinished', request => {
    const response = request.response();
    if (response && request.url().startsWith('http')) {
      bodies.push(response.buffer().then(body => ({url: request.url(), body}), () => ({url: request.url(), body: Buffer.alloc(0)})));
    }
  });
  await page.goto(base + e.page, {waitUntil: 'networkidle0'});
  await page.evaluate(selector => {
    window.__bench = {lastKey: 0, changes: []};
    document.addEventListener('keydown', () => { window.__bench.lastKey = performance.now(); }, true);
    const watch = () => {
      const target = document.querySelector(selector);
      if (!target) { requestAnimationFrame(watch); return; }
      new MutationObserver(() => window.__bench.changes.push(performance.now()))
        .observe(target, {childList: true, subtree: true, characterData: true});
    };
    watch();
  }, e.results);
  await page.click(e.input);
  if (mode === 'typed') {
    await page.type(e.input, query, {delay: 100});
  } else { // the whole query in one input event, as a paste does
    await page.evaluate((selector, q) => {
      const box = document.querySelector(selector);
      window.__bench.lastKey = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', {bubbles: true}));
    }, e.input, query);
  }
  await page.waitForSelector(e.item, {timeout: 5000}).catch(() => {}); // none: shown 0
  await sleep(2500);
  const timing = await page.evaluate(() => {
    const after = window.__bench.changes.filter(t => t >= window.__bench.lastKey && t - window.__bench.lastKey < 2500);
    return {ms: after.length ? after[after.length - 1] - window.__bench.lastKey : null,
      firstChangeMs: after.length ? after[0] - window.__bench.lastKey : null};
  });
  const shown = await page.$$eval(e.item, items => items.length);
  let bytes = 0, gzip = 0, files = 0;
  for (const {url, body} of await Promise.all(bodies)) {
    if (!e.counts(url)) continue;
    if (process.env.BENCH_FILES) console.error(engine, query, url.replace(base, ''), body.length);
    bytes += body.length;
    gzip += zlib.gzipSync(body, {level: 6}).length;
    files++;
  }
  await context.close();
  return {engine, query, mode, ms: timing.ms === null ? null : Math.round(timing.ms), firstChangeMs: timing.firstChangeMs === null ? null : Math.round(timing.firstChangeMs),
    bytes, gzip, files, shown};
}

/** Every result path of a query: Warta through its page (clicking "more"), Pagefind through its JS API. */
async function allResults(browser, base, engine, query) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  let paths;
  if (engine === 'warta') {
    await page.goto(base + '/cari/?q=' + encodeURIComponent(query), {waitUntil: 'networkidle0'});
    await page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.getElementById('cari-status').textContent), {timeout: 10000});
    for (;;) {
      const more = await page.$eval('#cari-lagi', b => !b.hidden);
      if (!more) break;
      const before = await page.$$eval('#cari-hasil > li', l => l.length);
      await page.click('#cari-lagi');
      await page.waitForFunction(n => document.querySelectorAll('#cari-hasil > li').length > n, {}, before);
    }
    paths = await page.$$eval('#cari-hasil .card__title a', as => as.map(a => a.pathname));
  } else {
    await page.goto(base + '/pagefind-cari.html', {waitUntil: 'networkidle0'});
    paths = await page.evaluate(async q => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.map(r => r.data()));
      return data.map(d => new URL(d.url, location.href).pathname);
    }, query);
  }
  await context.close();
  return paths;
}

async function main() {
  const [site, ...rest] = process.argv.slice(2);
  const root = path.resolve(site);
  const server = await serve(root);
  const base = 'http://127.0.0.1:' + server.address().port;
  const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage']});
  try {
    if (rest[0] === '--recall') {
      const lines = fs.readFileSync(rest[1], 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'));
      const rows = [];
      for (const line of lines) {
        const [query, expected] = line.split('\t');
        const want = expected.trim().split(/\s+/);
        const row = {query, expected: want.length};
        for (const engine of Object.keys(ENGINES)) {
          const got = await allResults(browser, base, engine, query);
          const missing = want.filter(p => !got.includes(p));
          row[engine] = {found: want.length - missing.length, results: got.length, missing};
        }
        rows.push(row);
      }
      console.log(JSON.stringify(rows));
    } else {
      const rows = [];
      for (const mode of ['typed', 'pasted']) {
        for (const query of rest) for (const engine of Object.keys(ENGINES)) rows.push(await measure(browser, base, engine, query, mode));
      }
      console.log(JSON.stringify(rows));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch(err => { console.error(err); process.exit(1); });
