// Layout problems of the page as laid out now, as a list of sentences (empty when none). Run by LayoutIT.
// 1. wider than the viewport; 2. text drawn over other text or over a control/image;
// 3. a touch target smaller than 44 x 44 CSS px (links inside running text are exempt, as in WCAG 2.5.5).
const problems = [];
const root = document.documentElement;
const describe = e => {
  const id = e.id ? '#' + e.id : '';
  const cls = e.classList.length ? '.' + [...e.classList].join('.') : '';
  return e.tagName.toLowerCase() + id + cls + ' "' + (e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
};
const shown = e => {
  // false for what is not rendered: display none, hidden, transparent, inside a closed <details>
  if (!e.checkVisibility({contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true})) return false;
  // text hidden for screen readers only (.visually-hidden: clipped to 1 px)
  for (let n = e; n && n !== document; n = n.parentElement) {
    const s = getComputedStyle(n);
    if (s.clip && s.clip !== 'auto' && n.getBoundingClientRect().width <= 1) return false;
  }
  const r = e.getBoundingClientRect();
  return r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.left < root.scrollWidth;
};

if (root.scrollWidth > root.clientWidth) {
  const culprit = [...document.body.querySelectorAll('*')].find(e => e.getBoundingClientRect().right > root.clientWidth + 1);
  problems.push('wider than the window: ' + root.scrollWidth + ' > ' + root.clientWidth + (culprit ? ' because of ' + describe(culprit) : ''));
}

// Text as line boxes, each with the element that holds it.
const lines = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT,
  {acceptNode: t => t.data.trim() && t.parentElement && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(t.parentElement.tagName)
    ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT});
const range = document.createRange();
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
  if (!shown(t.parentElement)) continue;
  range.selectNodeContents(t);
  for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) lines.push({owner: t.parentElement, r});
}
const boxes = [...document.body.querySelectorAll('img, svg, input, select, textarea, button, video, iframe')]
  .filter(shown).map(e => ({owner: e, r: e.getBoundingClientRect()}));
// Two boxes overlap when they share more than a quarter of the lower one's height (a tight line-height makes
// the font boxes of consecutive lines touch by a pixel or two; that is not text over text) and 2 px of width.
const overlap = (a, b) => {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 2 && h > Math.min(a.height, b.height) / 4;
};
const reported = new Set();
const report = (a, b) => {
  const key = describe(a) + ' / ' + describe(b);
  if (!reported.has(key)) { reported.add(key); problems.push('overlap: ' + key); }
};
for (let i = 0; i < lines.length; i++) {
  for (let j = i + 1; j < lines.length; j++) {
    const a = lines[i], b = lines[j];
    if (a.owner === b.owner && a.r.top === b.r.top) continue;
    if (overlap(a.r, b.r)) report(a.owner, b.owner);
  }
  for (const box of boxes) {
    if (box.owner.contains(lines[i].owner)) continue;
    if (overlap(lines[i].r, box.r)) report(lines[i].owner, box.owner);
  }
}

// Touch targets. A link is inside a sentence when its block holds words besides links and separators.
const blockOf = e => {
  for (let n = e.parentElement; n; n = n.parentElement) {
    if (!getComputedStyle(n).display.startsWith('inline')) return n;
  }
  return document.body;
};
const wordsBesideLinks = block => {
  let text = block.textContent;
  for (const a of block.querySelectorAll('a')) text = text.replace(a.textContent, '');
  return text.replace(/[\s·•|,;:()\-–—›]/g, '').length > 0;
};
for (const e of document.body.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
  if (!shown(e)) continue;
  const r = e.getBoundingClientRect();
  if (r.width >= 44 && r.height >= 44) continue;
  const inSentence = e.tagName === 'A' && getComputedStyle(e).display.startsWith('inline')
    && wordsBesideLinks(blockOf(e));
  if (inSentence) continue;
  problems.push('touch target ' + Math.round(r.width) + ' x ' + Math.round(r.height) + ' px: ' + describe(e));
}
return problems;
