// Opens a batch index page in headless Chromium, the way a regional officer opens it, and checks
// what they would see: the page loads with no console error and no outgoing request, it lists
// every plan of the batch, each readable plan links to a report file that exists, following a
// link opens that report, and the chart that compares the scores shows one bar per readable plan.
// Run by .ci/run:
//   NODE_PATH=<dir with playwright-core> node check-index.cjs INDEX.html EXPECTED-PLANS [PNG]
// Chromium comes from Debian (/usr/bin/chromium, or $CHROMIUM); playwright-core downloads none.
'use strict';
const fs = require('fs');
const url = require('url');
const { open, finish } = require('./browser.cjs');

async function main() {
  const [file, expected, screenshot] = process.argv.slice(2);
  if (!file || !expected) {
    console.error('usage: node check-index.cjs INDEX.html EXPECTED-PLANS [SCREENSHOT.png]');
    process.exit(2);
  }
  const { browser, page, problems } = await open(file);
  try {
    const rows = await page.$$eval('table.plans tbody tr', (r) => r.length);
    const links = await page.$$eval('table.plans a.report', (a) => a.map((x) => x.href));
    const readable = await page.$$eval('table.plans tr.plan', (r) => r.length);
    const bars = await page.$$eval('svg.chart rect.bar', (b) => b.filter((x) => {
      const r = x.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    }).length);
    if (rows !== Number(expected)) problems.push(`expected ${expected} plans, the page lists ${rows}`);
    if (links.length !== readable) {
      problems.push(`${readable} readable plans but ${links.length} links to a report`);
    }
    for (const link of links) {
      if (!link.startsWith('file:') || !fs.existsSync(url.fileURLToPath(link))) {
        problems.push(`the link ${link} leads to no report`);
      }
    }
    if (bars !== readable) problems.push(`${readable} readable plans but ${bars} bars in the chart`);
    if (screenshot) {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    if (links.length > 0) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
        page.click('table.plans a.report >> nth=0')]);
      if (page.url() !== links[0]) problems.push(`following a link opened ${page.url()}`);
    }
    console.log(`browser check: ${file}: ${rows} plans, ${links.length} links, ${bars} bars`);
  } finally {
    await browser.close();
  }
  finish(file, problems);
}

main().catch((e) => {
  console.error(`browser check: ${e.stack || e}`);
  process.exit(1);
});
