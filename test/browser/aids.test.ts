import '../with-ui-strings.js';
import { expect } from '@open-wc/testing';
import { WzaApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { captions } from '../../src/features/captions/captions.js';
import { createPage } from '../../src/page/page.js';
import { pointerTracker, type Pointed } from '../../src/page/pointer.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

function pointAt(el: Element) {
  const r = el.getBoundingClientRect();
  el.dispatchEvent(
    new PointerEvent('pointermove', { clientX: r.left + 5, clientY: r.top + 5, bubbles: true, composed: true, pointerType: 'mouse' }),
  );
}

describe('shared pointer tracker', () => {
  it('coalesces many pointer moves into one update per animation frame, with the last position', async () => {
    const target = document.createElement('p');
    target.textContent = '被指向的段落';
    document.body.append(target);
    const seen: (Pointed | null)[] = [];
    const unsubscribe = pointerTracker(createPage(document)).subscribe((p) => seen.push(p));
    try {
      for (let i = 0; i < 20; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', { clientX: i, clientY: 2 * i, bubbles: true, pointerType: 'mouse' }));
      }
      await frame();
      expect(seen.length).to.equal(1);
      expect([seen[0]!.x, seen[0]!.y]).to.deep.equal([19, 38]);
      expect(seen[0]!.target).to.equal(target);
      expect(seen[0]!.text().text).to.equal('被指向的段落');
    } finally {
      unsubscribe();
      target.remove();
    }
  });

  it('works out the pointed text for a subscriber that reads it before any subscriber writes (no forced style pass)', async () => {
    const target = document.createElement('p');
    target.textContent = '先读后写的段落';
    target.style.fontSize = '20px';
    document.body.append(target);
    const tracker = pointerTracker(createPage(document));
    // Subscribed first, it writes: a later reader sees the page as it was at the frame's start.
    const unwrite = tracker.subscribe(() => (target.style.fontSize = '40px'));
    let size = 0;
    const unread = tracker.subscribe((p) => (size = p?.text().fontSize ?? 0), { text: true });
    try {
      pointAt(target);
      await frame();
      expect(size).to.equal(20);
    } finally {
      unread();
      unwrite();
      target.remove();
    }
  });

  it('removes its listeners when the last aid unsubscribes', async () => {
    const seen: unknown[] = [];
    const unsubscribe = pointerTracker(createPage(document)).subscribe((p) => seen.push(p));
    unsubscribe();
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 1, clientY: 1, bubbles: true, pointerType: 'mouse' }));
    await frame();
    expect(seen).to.deep.equal([]);
  });
});

describe('大字幕 with read-aloud', () => {
  it('shows the sentence being read (the reading event) over the pointed text, and the pointed text again when reading stops', async () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = '这是指针下的文字。';
    document.body.append(paragraph);
    const config = parseConfig({}, 'zh-CN', () => true);
    const app = new WzaApp(createPage(document), config, [captions], {
      ui: () => import('../../src/lazy.js'),
      part: (id) => Promise.reject(new Error(`no part ${id} here`)),
    });
    app.start();
    try {
      app.set({ captions: true });
      await app.ui();
      await frame();
      const bar = document.querySelector('wza-captions')!;
      expect(bar).to.exist;
      const text = () => bar.shadowRoot!.querySelector('.text')!.textContent;
      pointAt(paragraph);
      await frame();
      expect(text()).to.equal('这是指针下的文字。');
      app.bus.emit('reading', '正在朗读的这一句。');
      expect(text()).to.equal('正在朗读的这一句。');
      expect(bar.hasAttribute('reading')).to.equal(true);
      // The pointer moving while reading does not replace the sentence.
      pointAt(paragraph);
      await frame();
      expect(text()).to.equal('正在朗读的这一句。');
      app.bus.emit('reading', '');
      expect(text()).to.equal('这是指针下的文字。');
      expect(parseFloat(getComputedStyle(bar.shadowRoot!.querySelector('.text')!).fontSize)).to.be.at.least(32);
      // 关怀版 makes it larger still.
      app.set({ care: true });
      expect(parseFloat(getComputedStyle(bar.shadowRoot!.querySelector('.text')!).fontSize)).to.be.greaterThan(32);
      app.set({ captions: false });
      expect(document.querySelector('wza-captions')).to.equal(null);
    } finally {
      app.destroy();
      paragraph.remove();
      localStorage.clear();
    }
  });
});
