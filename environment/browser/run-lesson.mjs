// Opens a lesson in the workbook's JupyterLab in headless Chromium, clears its outputs, runs all
// cells through the page's own menus, and reports what the page shows as one line of JSON:
//   node run-lesson.mjs URL SCREENSHOT.png
// URL is the lesson's JupyterLab address with its token, e.g.
//   http://127.0.0.1:8899/lab/tree/01-mcp-neuron.ipynb?token=...
// Through the course hub, log in first: with WORKBOOK_HUB_USER and WORKBOOK_HUB_PASSWORD set, the
// page logs in on the hub's login page (/hub/login of URL's server) before it opens URL, e.g.
//   http://127.0.0.1:8000/user/ana/lab/tree/notebooks/01-mcp-neuron.ipynb
// Used by environment/tests/test_browser.py and test_hub.py, which check the report.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch } from './chromium.mjs';

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node run-lesson.mjs URL SCREENSHOT.png');
  process.exit(2);
}
const STARTUP_MS = 120_000;   // JupyterLab's page and the JVM kernel
const RUN_MS = Number(process.env.WORKBOOK_RUN_MS || 300_000);  // every cell of the lesson

const { context, close } = await launch();
const report = { consoleErrors: [] };
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', e => report.consoleErrors.push(String(e)));
  if (process.env.WORKBOOK_HUB_USER) {
    await page.goto(new URL('/hub/login', url).href, { timeout: STARTUP_MS });
    await page.fill('#username_input', process.env.WORKBOOK_HUB_USER);
    await page.fill('#password_input', process.env.WORKBOOK_HUB_PASSWORD ?? '');
    await Promise.all([page.waitForURL(u => !u.pathname.endsWith('/hub/login'), { timeout: STARTUP_MS }),
                       page.click('#login_submit')]);
    report.loggedInAs = process.env.WORKBOOK_HUB_USER;
  }
  await page.goto(url, { timeout: STARTUP_MS });
  const cells = page.locator('.jp-NotebookPanel .jp-Notebook .jp-Cell.jp-CodeCell');
  await cells.first().waitFor({ timeout: STARTUP_MS });
  // JupyterLab may ask which kernel to start (the notebook names one, so take its choice).
  const select = page.locator('.jp-Dialog button', { hasText: /^Select$/ });
  await select.waitFor({ timeout: 5_000 }).then(() => select.click(), () => {});
  await page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').waitFor({ timeout: STARTUP_MS });

  const menu = async (top, item) => {
    await page.locator('.lm-MenuBar-itemLabel', { hasText: new RegExp(`^${top}$`) }).click();
    await page.locator('.lm-Menu-itemLabel', { hasText: new RegExp(`^${item}$`) }).click();
  };
  // The lesson as opened: JupyterLab does not trust a notebook it did not run itself, and still
  // shows its figures (HTML images of SVG, which it renders in an untrusted notebook too).
  report.imagesWhenOpened = await page.locator('.jp-Notebook .jp-OutputArea-output img')
    .evaluateAll(imgs => imgs.filter(i => i.complete && i.naturalWidth > 0).length);
  await menu('Edit', 'Clear Outputs of All Cells');
  report.outputsAfterClearing = await page.locator('.jp-Notebook .jp-OutputArea-output').count();
  const started = Date.now();
  await menu('Run', 'Run All Cells');

  // Done when every code cell shows an execution count ([12]:) and none is still running ([*]:).
  report.codeCells = await cells.count();
  await page.waitForFunction(n => {
    const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')]
      .map(p => p.textContent.trim());
    return prompts.length === n && prompts.every(p => /^\[\d+\]:$/.test(p));
  }, report.codeCells, { timeout: RUN_MS, polling: 500 }).catch(async e => {
    // Leave evidence: what the prompts say and what the page looks like.
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-timeout.png') });
    const prompts = await page.locator('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt').allInnerTexts();
    throw new Error(`not every cell ran within ${RUN_MS / 1000} s; prompts: ${prompts.join(' ')}`, { cause: e });
  });
  report.seconds = Math.round((Date.now() - started) / 1000);

  const outputs = page.locator('.jp-Notebook .jp-OutputArea-output');
  report.outputs = await outputs.count();
  report.tables = await page.locator('.jp-Notebook .jp-OutputArea-output table').count();
  report.images = await page.locator('.jp-Notebook .jp-OutputArea-output img').count();
  report.loadedImages = await page.locator('.jp-Notebook .jp-OutputArea-output img')
    .evaluateAll(imgs => imgs.filter(i => i.complete && i.naturalWidth > 0).length);
  // Errors and stderr both render with this MIME type in JupyterLab.
  report.errors = await page.locator('.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    .allInnerTexts();

  const chart = page.locator('.jp-Notebook .jp-OutputArea-output img').first();
  if (await chart.count()) {
    await chart.scrollIntoViewIfNeeded();
  }
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  report.screenshot = screenshot;
} finally {
  await close();
}
console.log(JSON.stringify(report));
