/** 十字光标 at work (loaded with the UI chunk): the lines follow the shared pointer tracker, once per frame. */
import { pointerTracker } from '../../page/pointer.js';
import type { Undo } from '../../page/page.js';
import type { FeatureContext } from '../feature.js';

/** The element is defined by the lazily loaded part; features know it by its tag, not by importing ui/. */
type WzaCrosshair = HTMLElementTagNameMap['wza-crosshair'];

export function runCrosshair(ctx: FeatureContext, el: WzaCrosshair): Undo {
  const tracker = pointerTracker(ctx.page);
  const last = tracker.last();
  if (last) el.moveTo(last.x, last.y);
  return tracker.subscribe((p) => (p ? el.moveTo(p.x, p.y) : el.moveTo(null)));
}
