// Opens a local HTML file in headless Chromium, the way a person opens it, and collects what
// would be wrong for them: a console error or warning, a page error, a failed request, or any
// request that leaves the file (pianozona's pages are self-contained). Used by check-report.cjs
// and check-index.cjs. Chromium comes from Debian (/usr/bin/chromium, or $CHROMIUM);
// playwright-core downloads none.
'use strict';
const path = require('path');
const url = require('url');
const { chromium } = require('playwright-core');

async function open(file) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) {
      problems.push(`the page asked the network for ${r.url()}`);
    }
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  const response = await page.goto(url.pathToFileURL(path.resolve(file)).href,
    { waitUntil: 'load' });
  if (!response || !response.ok()) {
    problems.push(`the page did not load: ${response && response.status()}`);
  }
  return { browser, page, problems };
}

// Prints the problems, if any, and exits 1 when there are some.
function finish(file, problems) {
  if (problems.length > 0) {
    problems.forEach((p) => console.error(`browser check: ${file}: ${p}`));
    process.exit(1);
  }
}

module.exports = { open, finish };
