// Opens the service's page in headless Chromium as an officer would, with the keyboard alone:
// Tab to the file field, choose the bundled Casarano plan, Tab to the button, press Enter; then
// checks what they would see: the score, the findings with links to the rules, the full HTML
// report inside the page, the two downloads. No console error or warning, no page error, no
// request to any host but the service. Then the same in English, and a broken plan's problems.
// Run by .ci/run against a running 'pianozona serve':
//   NODE_PATH=<dir with playwright-core> node check-page.cjs http://127.0.0.1:PORT/ PLAN BROKEN [SCREENSHOT.png]
// Chromium comes from Debian (/usr/bin/chromium, or $CHROMIUM); playwright-core downloads none.
'use strict';
const { chromium } = require('playwright-core');

async function main() {
  const [root, plan, broken, screenshot] = process.argv.slice(2);
  if (!root || !plan || !broken) {
    console.error('usage: node check-page.cjs ROOT PLAN BROKEN [SCREENSHOT.png]');
    process.exit(2);
  }
  const origin = new URL(root).origin;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const problems = [];
  try {
    for (const lang of ['it', 'en']) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
      // The broken plan's answer is a 422, which Chromium logs as a failed resource: that one
      // line is expected while the broken plan is checked, and nothing else, ever.
      let brokenUpload = false;
      page.on('console', (m) => {
        if (brokenUpload && /status of 422/.test(m.text())) return;
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${lang}: console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${lang}: page error: ${e.message}`));
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:srcdoc') {
          problems.push(`${lang}: the page asked another host for ${u}`);
        }
      });
      page.on('requestfailed', (r) => problems.push(`${lang}: request failed: ${r.url()}`));
      const response = await page.goto(lang === 'it' ? root : root + '?lang=en', { waitUntil: 'load' });
      if (!response || !response.ok()) problems.push(`${lang}: the page did not load`);
      const htmlLang = await page.getAttribute('html', 'lang');
      if (htmlLang !== lang) problems.push(`${lang}: the page is in '${htmlLang}'`);

      // Keyboard only: Tab until the file field has focus, choose the file, Tab to the button.
      let focused = '';
      for (let i = 0; i < 10 && focused !== 'plan'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
      }
      if (focused !== 'plan') problems.push(`${lang}: Tab never reached the file field`);
      await page.setInputFiles('#plan', plan);
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
      if (focused !== 'submit') problems.push(`${lang}: Tab from the file field reached '${focused}', not the button`);
      await page.keyboard.press('Enter');

      await page.waitForSelector('#downloads a[download$=".sarif"]', { timeout: 30000 });
      const score = (await page.textContent('#summary .score')) || '';
      const findings = await page.$$eval('ul.findings li', (l) => l.length);
      const ruleLinks = await page.$$eval('ul.findings li a', (a) => a.map((x) => x.getAttribute('href')));
      const downloads = await page.$$eval('#downloads a', (a) => a.map((x) => x.getAttribute('download')));
      const frame = page.frameLocator('#report');
      const reportScore = (await frame.locator('.score .total').first().textContent()) || '';
      const word = lang === 'it' ? 'Punteggio' : 'Score';
      if (!score.startsWith(word) || !/\d/.test(score)) problems.push(`${lang}: no score shown: '${score}'`);
      if (findings < 1) problems.push(`${lang}: no finding shown`);
      if (!ruleLinks.every((h) => /^\/v1\/rules\/[A-Z0-9-]+\?lang=/.test(h))) problems.push(`${lang}: a finding does not link to its rule: ${ruleLinks}`);
      if (!/^\d+([.,]\d)?$/.test(reportScore.trim())) problems.push(`${lang}: the report in the page shows no score: '${reportScore}'`);
      if (downloads.length !== 2) problems.push(`${lang}: expected two downloads, found ${downloads}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads a[download$=".sarif"]')]);
      const sarif = JSON.parse(require('fs').readFileSync(await download.path(), 'utf8'));
      if (sarif.version !== '2.1.0') problems.push(`${lang}: the SARIF download is not SARIF 2.1.0`);
      const rule = await page.request.get(origin + ruleLinks[0]);
      if (!rule.ok()) problems.push(`${lang}: the rule link answers ${rule.status()}`);
      if (screenshot && lang === 'it') await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`page check (${lang}): ${score.trim()}; ${findings} findings; report score ${reportScore.trim()}; downloads ${downloads.join(', ')}`);

      if (lang === 'it') {
        brokenUpload = true;
        await page.setInputFiles('#plan', broken);
        await page.click('#submit');
        await page.waitForSelector('ul.problems li', { timeout: 30000 });
        const lines = await page.$$eval('ul.problems li', (l) => l.map((x) => x.textContent));
        if (!lines.every((l) => /PZ-DOC-\d{3}/.test(l))) problems.push(`broken plan: problems without a code: ${lines}`);
        console.log(`page check (broken plan): ${lines.length} located problem(s): ${lines[0]}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length > 0) {
    problems.forEach((p) => console.error(`page check: ${p}`));
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`page check: ${e.stack || e}`);
  process.exit(1);
});
