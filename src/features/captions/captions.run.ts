/**
 * 大字幕 at work (loaded with the UI chunk): the sentence read aloud while
 * read-aloud runs (`reading` on the bus, '' when it stops), else the text under
 * the pointer or focus, with 拼音 over it while that is on; and room at the
 * bottom of the page for the bar.
 */
import { pointerTracker } from '../../page/pointer.js';
import { reserveBottom } from '../../page/reserve-room.js';
import type { Undo } from '../../page/page.js';
import type { FeatureContext } from '../feature.js';
import { pinyinReadings } from '../pinyin-readings.js';

/** The element is defined by the lazily loaded part; features know it by its tag, not by importing ui/. */
type WzaCaptions = HTMLElementTagNameMap['wza-captions'];

export function runCaptions(ctx: FeatureContext, el: WzaCaptions): Undo {
  let reading = '';
  let pointed = '';
  const readings = pinyinReadings(ctx, (on) => {
    el.toggleAttribute('pinyin', on);
    render();
  });
  const render = () => {
    const text = reading || pointed;
    el.show(text, reading !== '', readings.of(text));
  };
  el.toggleAttribute('large', ctx.settings.value.care);
  // Lines with room for readings while 拼音 is on, whether or not they have arrived: the bar keeps one height.
  el.toggleAttribute('pinyin', readings.on());
  const tracker = pointerTracker(ctx.page);
  pointed = tracker.last()?.text().text ?? '';
  render();
  const undos: Undo[] = [
    () => readings.stop(),
    tracker.subscribe(
      (p) => {
        // The pointer leaving the window keeps the last caption; pointing at nothing clears it.
        if (p) pointed = p.text().text;
        if (!reading) render();
      },
      { text: true },
    ),
    ctx.bus.on('reading', (text) => {
      reading = text;
      render();
    }),
  ];
  // Room at the bottom of the page for the bar, kept equal to its height.
  const reserved = reserveBottom(ctx.page, el.getBoundingClientRect().height);
  undos.push(() => reserved.remove());
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(() => reserved.set(el.getBoundingClientRect().height));
    observer.observe(el);
    undos.push(() => observer.disconnect());
  }
  return () => {
    for (const undo of undos.splice(0).reverse()) undo();
  };
}
