// Dev tool: screenshot a page after some actions, to look at what a user sees.
// node test/screenshot.mjs URL out.png [link:NAME] [click:NAME] [key:Alt+C] [eval:JS] [move:X,Y] [wait:MS] [width:360]
import { chromium } from 'playwright';
import { launchOptions } from './browsers.mjs';
const [, , url, out, ...rest] = process.argv;
const width = Number(rest.find((a) => a.startsWith('width:'))?.slice(6) ?? 1280);
const actions = rest.filter((a) => !a.startsWith('width:'));
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width, height: 800 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('requestfailed', (r) => console.log('requestfailed:', r.url()));
page.on('response', (r) => r.status() >= 400 && console.log('http', r.status(), r.url()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
for (const a of actions) {
  if (a.startsWith('link:'))
    await page
      .getByRole('link', { name: a.slice(5) })
      .first()
      .click();
  else if (a.startsWith('click:'))
    await page
      .getByRole('button', { name: a.slice(6) })
      .first()
      .click();
  else if (a.startsWith('key:')) await page.keyboard.press(a.slice(4));
  else if (a.startsWith('eval:')) console.log(await page.evaluate(a.slice(5)));
  else if (a.startsWith('move:')) {
    const [x, y] = a.slice(5).split(',').map(Number);
    await page.mouse.move(x, y, { steps: 4 });
  } else if (a.startsWith('wait:')) await page.waitForTimeout(Number(a.slice(5)));
}
await page.waitForTimeout(300);
await page.screenshot({ path: out });
await browser.close();
