// Issue 12, 繁體: converting the bench page to traditional characters (every text node, the title and the
// attributes, by phrase) and back, from the setting to the frame after next, median of 5, beside the floor:
// the browser's own cheapest page-wide style change (one constructable-sheet rule on all text, two frames),
// measured in the same page, interleaved. The first switch, which also fetches dist/wza-traditional.js and
// builds the converter from its table, is shown on its own.
import { addFloor } from './floor.mjs';

const RUNS = 5;

export default async ({ bigPageUrl, largePageUrl, median, newPage }) => [
  ...(await measure(newPage, median, bigPageUrl)),
  // Four times the page (issue 10): the cost must not outgrow the floor.
  ...(await measure(newPage, median, largePageUrl)),
];

async function measure(newPage, median, url) {
  const page = await newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'wza' in window && document.querySelector('wza-launcher'));
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  await page.evaluate(() => {
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const headline = () => document.querySelector('h1').textContent;
    window.__bench = {
      twoFrames,
      async time(action) {
        await twoFrames();
        const t0 = performance.now();
        action();
        await twoFrames();
        return performance.now() - t0;
      },
      /** Time from the setting to the page converted (the part's promise resolves first) and two frames. */
      async switchTo(on, expected) {
        await twoFrames();
        const t0 = performance.now();
        window.wza.set({ traditional: on });
        while (headline() !== expected) await new Promise((r) => setTimeout(r, 0));
        await twoFrames();
        return performance.now() - t0;
      },
    };
  });
  await page.evaluate(addFloor);
  const simplified = await page.evaluate(() => document.querySelector('h1').textContent);
  const traditional = '大頁面基準測試文章標題';
  const first = await page.evaluate(([t]) => window.__bench.switchTo(true, t), [traditional]);
  await page.evaluate(([s]) => window.__bench.switchTo(false, s), [simplified]);
  const on = [];
  const off = [];
  const floors = [];
  for (let i = 0; i < RUNS; i++) {
    floors.push(await page.evaluate(() => window.__bench.floor('body *{font-size:125%!important}')));
    on.push(await page.evaluate(([t]) => window.__bench.switchTo(true, t), [traditional]));
    off.push(await page.evaluate(([s]) => window.__bench.switchTo(false, s), [simplified]));
  }
  await page.context().close();
  const floor = median(floors);
  const row = (what, value) => ({
    what,
    value,
    unit: 'ms',
    budget: 2,
    budgetText: '< 2 × floor',
    floor,
    ratio: value / floor,
    pass: value / floor < 2,
  });
  const size = `${elements.toLocaleString('en')} elements`;
  return [
    row(`繁體 on: convert the page (${size}, → 2 frames)`, median(on)),
    row(`繁體 off: restore the page (${size}, → 2 frames)`, median(off)),
    { ...row(`繁體 first switch (${size}, + load wza-traditional.js, build table)`, first), pass: true, budgetText: '(shown only)' },
  ];
}
