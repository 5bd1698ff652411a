// Page weight of release pages on a phone: Debian's Chromium, headless, 390 × 844 CSS px at device pixel ratio 2,
// each page opened once in a fresh browser context (empty cache, first view, no scrolling). Counts what the network
// transferred (CDP's encodedDataLength: headers and bodies, as received) until the network has been idle for 1 s.
// No dependency: Chromium is driven over --remote-debugging-pipe (bench/foto.sh; bench/README.md).
//
//   node bench/foto/halaman.mjs <site folder> <path> [<path> …]      prints one JSON object per page
//
// Per page: total bytes and requests, bytes of images, and the lead photo (the img with fetchpriority="high"):
// the file the browser chose from its srcset (currentSrc) and its bytes.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {spawn} from 'node:child_process';

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2',
  '.xml': 'application/xml', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon'};

function serve(root) {
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, {'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': fs.statSync(file).size, 'Cache-Control': 'max-age=3600'});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Chromium with the DevTools protocol on fds 3 (commands in) and 4 (messages out), NUL-separated JSON. */
function chromium(profile) {
  const child = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    '--window-size=390,844', '--force-device-scale-factor=2', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
    'about:blank'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe']});
  const toChrome = child.stdio[3], fromChrome = child.stdio[4];
  let id = 0, buffer = '';
  const pending = new Map(), listeners = [];
  fromChrome.on('data', chunk => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined && pending.has(message.id)) {
        const {resolve, reject} = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(JSON.stringify(message.error))); else resolve(message.result);
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const message = {id: ++id, method, params};
    if (sessionId) message.sessionId = sessionId;
    pending.set(message.id, {resolve, reject});
    toChrome.write(JSON.stringify(message) + '\0');
  });
  const exited = new Promise(resolve => child.on('exit', resolve));
  return {send, on: listener => listeners.push(listener), close: () => { child.kill(); return exited; }};
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function measure(browser, url) {
  const {browserContextId} = await browser.send('Target.createBrowserContext');
  const {targetId} = await browser.send('Target.createTarget', {url: 'about:blank', browserContextId, width: 390, height: 844});
  const {sessionId} = await browser.send('Target.attachToTarget', {targetId, flatten: true});
  const requests = new Map(); // requestId → {url, type, bytes, done}
  let lastActivity = Date.now(), loaded = false;
  browser.on(message => {
    if (message.sessionId !== sessionId) return;
    const p = message.params;
    if (message.method === 'Network.requestWillBeSent') {
      requests.set(p.requestId, {url: p.request.url, type: p.type, bytes: 0, done: false});
      lastActivity = Date.now();
    } else if (message.method === 'Network.loadingFinished' || message.method === 'Network.loadingFailed') {
      const r = requests.get(p.requestId);
      if (r) { r.bytes = p.encodedDataLength || 0; r.done = true; }
      lastActivity = Date.now();
    } else if (message.method === 'Page.loadEventFired') {
      loaded = true;
    }
  });
  await browser.send('Network.enable', {}, sessionId);
  await browser.send('Page.enable', {}, sessionId);
  await browser.send('Emulation.setDeviceMetricsOverride', {width: 390, height: 844, deviceScaleFactor: 2, mobile: true}, sessionId);
  await browser.send('Page.navigate', {url}, sessionId);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(loaded && [...requests.values()].every(r => r.done) && Date.now() - lastActivity > 1000)) {
    await sleep(100);
  }
  const {result} = await browser.send('Runtime.evaluate', {returnByValue: true, expression:
      `(() => { const i = document.querySelector('img[fetchpriority=high]'); return i ? {src: i.currentSrc, width: i.clientWidth} : null; })()`},
    sessionId);
  await browser.send('Target.disposeBrowserContext', {browserContextId});
  const all = [...requests.values()].filter(r => r.url.startsWith('http'));
  const lead = result.value && all.find(r => r.url === result.value.src);
  return {
    page: new URL(url).pathname,
    bytes: all.reduce((s, r) => s + r.bytes, 0),
    requests: all.length,
    imageBytes: all.filter(r => r.type === 'Image').reduce((s, r) => s + r.bytes, 0),
    images: all.filter(r => r.type === 'Image').length,
    lead: result.value ? {file: path.basename(new URL(result.value.src).pathname), cssWidth: result.value.width,
      bytes: lead ? lead.bytes : null} : null,
    files: all.map(r => `${r.bytes} ${new URL(r.url).pathname}`),
  };
}

const [site, ...pages] = process.argv.slice(2);
if (!site || pages.length === 0) {
  console.error('usage: node bench/foto/halaman.mjs <site folder> <path> [<path> ...]');
  process.exit(2);
}
const root = fs.realpathSync(site);
const server = await serve(root);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-halaman-'));
const browser = chromium(profile);
try {
  for (const page of pages) {
    console.log(JSON.stringify(await measure(browser, `http://127.0.0.1:${server.address().port}${page}`)));
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(profile, {recursive: true, force: true});
}
