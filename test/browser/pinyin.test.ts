import '../with-ui-strings.js';
// 拼音 over 大字幕 in each engine (Chromium, Firefox ESR, WebKitGTK): their ruby layouts differ, and the
// caption bar must still show exactly two lines of characters with their readings, none clipped, and
// nothing of a third line. The part is the real one (pinyin-pro), loaded as the runtime loads parts.
import { expect } from '@open-wc/testing';
import { WzaApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { captions } from '../../src/features/captions/captions.js';
import { pinyin } from '../../src/features/pinyin/pinyin.js';
import { createPage } from '../../src/page/page.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

function pointAt(el: Element) {
  const r = el.getBoundingClientRect();
  el.dispatchEvent(
    new PointerEvent('pointermove', { clientX: r.left + 5, clientY: r.top + 5, bubbles: true, composed: true, pointerType: 'mouse' }),
  );
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await frame();
  expect(check()).to.equal(true);
}

const LONG = '为进一步优化政务服务提升行政效能推动高效办成一件事重庆市人民政府办公厅关于银行网点适老化改造和长者行走便利的实施意见'.repeat(
  2,
);

describe('拼音 over 大字幕', () => {
  for (const care of [false, true]) {
    it(`shows two whole lines of characters with their readings, and nothing of a third${care ? ' (关怀版)' : ''}`, async () => {
      const paragraph = document.createElement('p');
      paragraph.textContent = LONG;
      document.body.append(paragraph);
      const config = parseConfig({}, 'zh-CN', () => true);
      const app = new WzaApp(createPage(document), config, [captions, pinyin], {
        ui: () => import('../../src/lazy.js'),
        part: () => import('../../src/features/pinyin/pinyin.part.js'),
      });
      app.start();
      try {
        app.set({ captions: true, pinyin: true, care });
        await app.ui();
        await frame();
        const bar = document.querySelector('wza-captions')!;
        const box = bar.shadowRoot!.querySelector('.text')!;
        pointAt(paragraph);
        await until(() => box.querySelectorAll('ruby').length > 60);
        await frame();
        const clip = box.getBoundingClientRect();
        const fontSize = parseFloat(getComputedStyle(box).fontSize);
        expect(fontSize).to.equal(care ? 40 : 32);
        // Each <ruby> is a column: its reading over its character. The character's glyph box is a Range's
        // (a CJK font's box is taller than its line); 2 px of slack for engines that round boxes to whole pixels.
        const glyph = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect();
        };
        const rubies = [...box.querySelectorAll('ruby')].map((r) => ({
          column: r.getBoundingClientRect(),
          base: glyph(r.firstChild!),
          rt: r.querySelector('rt')!.getBoundingClientRect(),
        }));
        const lines = [...new Set(rubies.map((r) => Math.round(r.column.bottom)))].sort((a, b) => a - b);
        expect(lines.length).to.be.greaterThan(2);
        for (const { column, base, rt } of rubies) {
          const line = Math.round(column.bottom);
          if (line === lines[0] || line === lines[1]) {
            expect(column.top, 'a reading of the first two lines is not clipped at the top').to.be.at.least(clip.top - 2);
            expect(column.bottom, 'a character of the first two lines is not clipped at the bottom').to.be.at.most(clip.bottom + 2);
            expect(rt.top, 'the reading sits over its character').to.be.lessThan(base.top);
            expect(rt.bottom, 'the reading sits over its character').to.be.lessThan((base.top + base.bottom) / 2);
          } else {
            expect(column.top, 'nothing of the third line shows').to.be.at.least(clip.bottom - 2);
          }
        }
        // The budget: two lines of 1.9em (a character with its reading) and the bar's margins and edge.
        expect(bar.getBoundingClientRect().height).to.be.at.most(2 * 1.9 * fontSize + 10 + 12 + 3 + 1);
      } finally {
        app.destroy();
        paragraph.remove();
        localStorage.clear();
      }
    });
  }
});
