/** 放大镜 at work (loaded with the UI chunk): feeds the panel from the shared pointer tracker, once per frame, with 拼音 over the text while that is on. */
import { pointerTracker, type Pointed } from '../../page/pointer.js';
import type { Undo } from '../../page/page.js';
import type { FeatureContext } from '../feature.js';
import { pinyinReadings } from '../pinyin-readings.js';

/** The element is defined by the lazily loaded part; features know it by its tag, not by importing ui/. */
type WzaMagnifier = HTMLElementTagNameMap['wza-magnifier'];

export function runMagnifier(ctx: FeatureContext, el: WzaMagnifier): Undo {
  const show = (p: Pointed | null) => {
    const pointed = p?.text();
    if (!p || !pointed?.text) return el.hide();
    const r = p.rect();
    const ruby = readings.of(pointed.text);
    void el.show({ text: pointed.text, fontSize: pointed.fontSize, x: r.x, y: r.y, width: r.width, height: r.height, ruby });
  };
  const tracker = pointerTracker(ctx.page);
  const readings = pinyinReadings(ctx, () => show(tracker.last()));
  show(tracker.last());
  const unsubscribe = tracker.subscribe(show, { text: true });
  const unlisten = ctx.page.listen('window', 'resize', () => el.resetLimits(), { passive: true });
  return () => {
    readings.stop();
    unsubscribe();
    unlisten();
  };
}
