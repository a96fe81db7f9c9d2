/** A region jump, for the shortcuts and skip link (regions.ts) and the toolbar's menu (regions.toolbar.ts): the feature's own part does it. */
import type { FeatureContext } from '../feature.js';

export function regionJump(ctx: FeatureContext, index: number): void {
  ctx.part('regions').then(
    (part) => part.jump(ctx, index),
    // The next jump tries again (a string to say it would cost every page view's start-up bytes).
    (error: unknown) => console.warn('[wza] region jumps could not be loaded:', error),
  );
}
