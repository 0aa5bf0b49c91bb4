// Opens an HTML report in headless Chromium, the way a planning officer opens it, and checks
// what they would see: the page loads with no console error, no failed or outgoing request (the
// report is self-contained), and every chart is drawn with visible bars. Run by .ci/run:
//   NODE_PATH=<dir with playwright-core> node check-report.cjs REPORT.html [SCREENSHOT.png]
// Chromium comes from Debian (/usr/bin/chromium, or $CHROMIUM); playwright-core downloads none.
'use strict';
const { open, finish } = require('./browser.cjs');

async function main() {
  const [file, screenshot] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node check-report.cjs REPORT.html [SCREENSHOT.png]');
    process.exit(2);
  }
  const { browser, page, problems } = await open(file);
  try {

    const plans = await page.$$eval('article.plan', (a) => a.length);
    const charts = await page.$$eval('figure svg.chart', (svgs) => svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const bars = [...svg.querySelectorAll('rect.bar')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(b).fill !== 'none';
      });
      return { id: svg.closest('figure').id, width: box.width, height: box.height,
        bars: bars.length, title: (svg.querySelector('title') || {}).textContent };
    }));
    const total = await page.$$eval('.score .total', (t) => t.map((x) => x.textContent.trim()));
    const findings = await page.$$eval('ol.findings li', (l) => l.length);

    if (plans < 1) problems.push('no plan in the report');
    if (charts.length !== 4 * plans) {
      problems.push(`expected 4 charts per plan (${4 * plans}), found ${charts.length}`);
    }
    for (const kind of ['area', 'source', 'year', 'comune']) {
      if (!charts.some((c) => c.id.endsWith('-' + kind))) problems.push(`no ${kind} chart`);
    }
    for (const c of charts) {
      if (c.width < 300 || c.height < 30) {
        problems.push(`chart ${c.id} is not visible (${c.width}x${c.height})`);
      }
      if (c.bars < 1) problems.push(`chart ${c.id} (${c.title}) shows no bar`);
    }
    if (total.length !== plans || total.some((t) => !/^\d+([.,]\d)?$/.test(t))) {
      problems.push(`score totals not shown: ${JSON.stringify(total)}`);
    }
    if (screenshot) {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    console.log(`browser check: ${file}: ${plans} plan(s), ${charts.length} charts with `
      + `${charts.reduce((n, c) => n + c.bars, 0)} bars, ${findings} findings, score ${total}`);
  } finally {
    await browser.close();
  }
  finish(file, problems);
}

main().catch((e) => {
  console.error(`browser check: ${e.stack || e}`);
  process.exit(1);
});
