/**
 * 繁體: the page's text in traditional characters (OpenCC's s2tw, by phrase),
 * with the site's own 繁體 link (`data-wza-trigger="traditional"`), the toolbar
 * toggle and Alt+J. With the zh-CN UI the toolbar's own strings turn
 * traditional too. The table, the converter and the page walker are this
 * feature's own lazy part (traditional.part.ts, dist/wza-traditional.js),
 * fetched the first time it turns on; the undo works before it has arrived.
 * Its toggle and key are its toolbar half (traditional.toolbar.ts, in the UI chunk).
 */
import type { Undo } from '../../page/host.js';
import { defineFeature, type Applied } from '../feature.js';
import { traditionalSettings } from './settings.js';

declare module '../feature.js' {
  interface FeatureParts {
    traditional: typeof import('./traditional.part.js');
  }
}

export const traditional = defineFeature({
  id: 'traditional',
  settings: traditionalSettings,
  late: { keys: ['KeyJ'] },
  create(ctx) {
    return {
      isOn: (s) => s.traditional,
      apply(): Applied {
        let undo: Undo | null | undefined;
        ctx.part('traditional').then(
          (part) => {
            if (undo !== null) undo = part.convertPage(ctx.page, { ui: ctx.t.lang === 'zh-CN' });
          },
          (error: unknown) => {
            console.warn('[wza] traditional:', error);
            // Off again and said so: the next press loads it again.
            if (undo !== null) {
              ctx.settings.set({ traditional: false });
              ctx.announce((t) => t.announce.off(t.controls.traditional));
            }
          },
        );
        return {
          undo() {
            undo?.();
            undo = null;
          },
        };
      },
    };
  },
});
