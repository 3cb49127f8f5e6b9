// Reads the static book (environment/book.sh) in headless Chromium, page by page, as a reader
// would, and reports what each page shows as one line of JSON:
//   node read-book.mjs BASE_URL PAGES.json SCREENSHOT_DIR
// BASE_URL serves the site (e.g. http://127.0.0.1:8000/); PAGES.json lists the pages to open,
// relative to it. Every request that leaves BASE_URL's host is blocked and reported: the book
// must read offline. Used by environment/tests/test_book.py, which checks the report.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';

const [base, pagesFile, shots] = process.argv.slice(2);
if (!base || !pagesFile || !shots) {
  console.error('usage: node read-book.mjs BASE_URL PAGES.json SCREENSHOT_DIR');
  process.exit(2);
}
const pages = JSON.parse(readFileSync(pagesFile, 'utf8'));
const host = new URL(base).host;
const { context, close } = await launch({ width: 1280, height: 900 });
const report = { pages: {}, outside: [], search: {}, navigation: {}, screenshots: [] };
try {
  await context.route('**/*', route => {
    const url = new URL(route.request().url());
    if (url.host === host || url.protocol === 'data:') return route.continue();
    report.outside.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  let errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  const settle = async () => {
    // MathJax typesets after the page loads; wait for it where the page has formulas
    await page.waitForFunction(() => !window.MathJax || (window.MathJax.startup && window.MathJax.startup.promise),
      null, { timeout: 30_000 });
    await page.evaluate(() => window.MathJax && window.MathJax.startup.promise);
    await page.evaluate(() => Promise.all([...document.images].map(i => i.decode().catch(() => null))));
  };
  for (const path of pages) {
    errors = [];
    const response = await page.goto(base + path, { waitUntil: 'load', timeout: 60_000 });
    await settle();
    const seen = await page.evaluate(() => {
      const main = document.querySelector('main') || document.body;
      const text = main.innerText;
      const images = [...main.querySelectorAll('img')];
      const raw = [];
      for (const pattern of [/\$\$/, /\\\(|\\\)|\\\[|\\\]/, /\$[^$\n]{0,80}\\(frac|partial|sigma|delta|cdot|sum|mathbf|sqrt|left|right)\b/]) {
        const m = text.match(pattern);
        if (m) raw.push(text.slice(Math.max(0, m.index - 60), m.index + 60));
      }
      const links = [...main.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
        .filter(h => !/^(https?:|mailto:|#|data:)/.test(h));
      return {
        title: document.title,
        images: images.length,
        loadedImages: images.filter(i => i.complete && i.naturalWidth > 0).length,
        brokenImages: images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src').slice(0, 80)),
        formulas: main.querySelectorAll('mjx-container').length,
        mathErrors: main.querySelectorAll('mjx-merror').length,
        raw,
        tables: main.querySelectorAll('table').length,
        links: [...new Set(links)],
        sidebarEntries: document.querySelectorAll('.bd-sidebar-primary nav a.reference').length,
        hasSearch: !!document.querySelector('.search-button-field, form.bd-search, input[name="q"]'),
        lang: document.documentElement.lang,
      };
    });
    // every link of the page that stays in the site reaches a page or file that exists
    seen.deadLinks = [];
    for (const href of seen.links) {
      const target = new URL(href, page.url());
      target.hash = '';
      const ok = await page.evaluate(async u => (await fetch(u, { method: 'HEAD' })).ok, target.href);
      if (!ok) seen.deadLinks.push(href);
    }
    delete seen.links;
    seen.status = response ? response.status() : 0;
    seen.errors = errors;
    report.pages[path] = seen;
  }

  // a lesson leads on to the next one through its own link, in each edition
  for (const [edition, lesson, next] of [['en', '07-backprop-worked-example', '08-backprop-matrix-form'],
                                         ['zh', '07-backprop-worked-example', '08-backprop-matrix-form']]) {
    await page.goto(`${base}${edition}/${lesson}.html`);
    const link = page.locator(`main a[href="${next}.html"]`).last();
    await link.click();
    await page.waitForLoadState('load');
    report.navigation[edition] = page.url().endsWith(`${edition}/${next}.html`) ? 'ok' : page.url();
    // and the edition switch in the sidebar reaches the same lesson in the other edition
    await page.goto(`${base}${edition}/${lesson}.html`);
    await page.locator('.workbook-edition-switch a').click();
    await page.waitForLoadState('load');
    report.navigation[edition + '-switch'] = page.url();
  }

  // search finds a lesson in each language
  for (const [edition, query] of [['en', 'backpropagation'], ['zh', '反向传播']]) {
    await page.goto(`${base}${edition}/search.html?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results ul.search li').length > 0
      || /did not match|没有/.test(document.querySelector('#search-results')?.innerText || ''), null, { timeout: 60_000 })
      .catch(() => null);
    report.search[edition] = await page.locator('#search-results ul.search li a').allInnerTexts();
  }

  // one lesson in each language, as a reader sees it: the top, and its first figure
  mkdirSync(shots, { recursive: true });
  for (const edition of ['en', 'zh']) {
    await page.goto(`${base}${edition}/07-backprop-worked-example.html`);
    await settle();
    const top = join(shots, `${edition}-07-backprop-worked-example.png`);
    await page.screenshot({ path: top });
    const figure = page.locator('main img').first();
    await figure.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -250));
    const fig = join(shots, `${edition}-07-backprop-worked-example-figure.png`);
    await page.screenshot({ path: fig });
    report.screenshots.push(top, fig);
  }
} finally {
  await close();
}
console.log(JSON.stringify(report));
