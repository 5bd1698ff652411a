// Measures search in headless Chromium (puppeteer-core driving Debian's /usr/bin/chromium), Warta's /cari/ and
// Pagefind's default UI side by side on the same baked site, and prints one JSON object.
//
//   node bench/cari/ukur.mjs <site folder> <query> [<query> …]           bytes and time per query
//   node bench/cari/ukur.mjs <site folder> --recall <queries.tsv>         recall of both on hand-written queries
//
// BENCH_FILES=1 lists every counted file on stderr, with its start and end in ms after the last key and its wave.
// LATENCY_MS=150 adds that latency to every request, from the page load on: Chromium's own throttling, CDP
// Network.emulateNetworkConditions {offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1} on
// the page's session (and its workers').
// Each query runs in a fresh browser context (cold cache). The page is opened, the search box clicked, the network
// left to go quiet (what focus loads: nothing for Warta, Pagefind's engine: pagefind.js, its worker, wasm), and the
// query typed at 100 ms a key ("typed": as-you-type searches of its prefixes count too), or put in the box in one
// input event of inputType insertFromPaste, as a paste sends ("pasted": what one query costs). "ms" is from the
// last key down to the last change of the result list within 2.5 s (6 s when throttled), i.e. until the results
// of the whole query are on screen (as-you-type results of a shorter prefix that show earlier are not counted).
// "waves": the sequential round trips of index files (Warta /cari/indeks/, Pagefind /pagefind/, the page's and
// its workers' requests) that start at or after the last key, from CDP's Network.requestWillBeSent and
// loadingFinished/loadingFailed times: a request is in wave 1 unless it starts after an earlier request of the
// query has finished, then in the wave after the highest such; "waves" is the highest wave.
// "bytes" is what the search needs: its script and every index file it fetches (response bodies; the server does
// not compress), and "gzip" the same bodies gzipped (level 6), as a compressing host would send them. The page's
// own HTML, CSS and icons are not counted for either.
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
const LATENCY = Number(process.env.LATENCY_MS || 0);
const WINDOW = LATENCY ? 6000 : 2500; // ms after the last key in which a change of the results counts
const isIndex = url => url.includes('/cari/indeks/') || url.includes('/pagefind/');

/** Sequential waves of requests [{start, end}] (ms): 1 + the wave of the latest-ending request that ended before it started. */
function waves(requests) {
  const sorted = requests.slice().sort((a, b) => a.start - b.start);
  for (const r of sorted) {
    r.wave = 1;
    for (const q of sorted) if (q !== r && q.wave && q.end <= r.start) r.wave = Math.max(r.wave, q.wave + 1);
  }
  return sorted.reduce((max, r) => Math.max(max, r.wave), 0);
}

async function measure(browser, base, engine, query, mode) {
  const e = ENGINES[engine];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 390, height: 844});
  // the network as CDP sees it, the page's and its workers' (Pagefind searches in a worker): {url, start, end} in
  // the browser's monotonic seconds; wall: their epoch offset
  const requests = new Map();
  let wall = null;
  const track = session => {
    session.on('Network.requestWillBeSent', ev => {
      if (wall === null && ev.wallTime) wall = ev.wallTime - ev.timestamp;
      if (!requests.has(ev.requestId)) requests.set(ev.requestId, {url: ev.request.url, start: ev.timestamp, end: null});
    });
    const finished = ev => { const r = requests.get(ev.requestId); if (r && r.end === null) r.end = ev.timestamp; };
    session.on('Network.loadingFinished', finished);
    session.on('Network.loadingFailed', finished);
  };
  const cdp = await page.createCDPSession();
  track(cdp);
  await cdp.send('Network.enable');
  page.on('workercreated', worker => track(worker.client)); // puppeteer enables Network (and the throttling) there
  if (LATENCY) { // Network.emulateNetworkConditions {offline: false, latency, downloadThroughput: -1, uploadThroughput: -1} on the page's session and its workers'
    await page.emulateNetworkConditions({offline: false, latency: LATENCY, download: -1, upload: -1});
  }
  const bodies = []; // {url, body} of every response
  page.on('requestfinished', request => {
    const response = request.response();
    if (response && request.url().startsWith('http')) {
      bodies.push(response.buffer().then(body => ({url: request.url(), body}), () => ({url: request.url(), body: Buffer.alloc(0)})));
    }
  });
  // until no request has been open for 300 ms (at most 15 s)
  const quiet = async () => {
    for (let idle = 0, waited = 0; idle < 300 && waited < 15000; waited += 50) {
      await sleep(50);
      idle = [...requests.values()].some(r => r.end === null) ? 0 : idle + 50;
    }
  };
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
  // what the box's focus loads (Pagefind's engine: pagefind.js, its worker, wasm and entry file) before the query,
  // as when a reader clicks, then types or pastes: the query is measured after the search script is loaded
  await quiet();
  if (mode === 'typed') {
    await page.type(e.input, query, {delay: 100});
  } else { // the whole query in one input event, as a paste does (inputType insertFromPaste, as the browser sends)
    await page.evaluate((selector, q) => {
      const box = document.querySelector(selector);
      window.__bench.lastKey = performance.now();
      box.value = q;
      box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: q}));
    }, e.input, query);
  }
  await page.waitForSelector(e.item, {timeout: WINDOW + 2500}).catch(() => {}); // none: shown 0
  await sleep(WINDOW);
  const timing = await page.evaluate(span => {
    const after = window.__bench.changes.filter(t => t >= window.__bench.lastKey && t - window.__bench.lastKey < span);
    return {ms: after.length ? after[after.length - 1] - window.__bench.lastKey : null,
      firstChangeMs: after.length ? after[0] - window.__bench.lastKey : null,
      lastKeyEpoch: performance.timeOrigin + window.__bench.lastKey};
  }, WINDOW);
  const shown = await page.$$eval(e.item, items => items.length);
  let bytes = 0, gzip = 0, files = 0;
  const sizes = {};
  for (const {url, body} of await Promise.all(bodies)) {
    if (!e.counts(url)) continue;
    sizes[url] = body.length;
    bytes += body.length;
    gzip += zlib.gzipSync(body, {level: 6}).length;
    files++;
  }
  // ms after the last key; a request still open at the end counts as ending then
  const key = timing.lastKeyEpoch / 1000 - wall;
  const all = [...requests.values()].map(r => ({url: r.url, start: (r.start - key) * 1000, end: ((r.end ?? r.start + 60) - key) * 1000}));
  const queryRequests = all.filter(r => isIndex(r.url) && r.start >= 0);
  const waveCount = waves(queryRequests);
  if (process.env.BENCH_FILES) {
    for (const r of all.filter(r => e.counts(r.url)).sort((a, b) => a.start - b.start)) {
      console.error(engine, mode, query, r.url.replace(base, ''), sizes[r.url] ?? '-', `${r.start.toFixed(0)}–${r.end.toFixed(0)} ms`, r.wave ? 'wave ' + r.wave : '');
    }
  }
  await context.close();
  return {engine, query, mode, latency: LATENCY, ms: timing.ms === null ? null : Math.round(timing.ms), firstChangeMs: timing.firstChangeMs === null ? null : Math.round(timing.firstChangeMs),
    bytes, gzip, files, waves: waveCount, queryFiles: queryRequests.length, shown};
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
