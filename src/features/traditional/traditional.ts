/**
 * 繁體: the page's text in traditional characters (OpenCC's s2tw, by phrase),
 * with the site's own 繁體 link (`data-wza-trigger="traditional"`), the toolbar
 * toggle and Alt+J. With the zh-CN UI the toolbar's own strings turn
 * traditional too. The table, the converter and the page walker are this
 * feature's own lazy part (traditional.part.ts, dist/wza-traditional.js),
 * fetched the first time it turns on; the undo works before it has arrived.
 */
import { toggle, toggleControl, toggleShortcut } from '../aid.js';
import type { Undo } from '../../page/host.js';
import { defineFeature, type Applied } from '../feature.js';
import { traditionalMessages } from './messages.js';
import { traditionalSettings } from './settings.js';

declare module '../feature.js' {
  interface FeatureParts {
    traditional: typeof import('./traditional.part.js');
  }
}

export const traditional = defineFeature({
  id: 'traditional',
  settings: traditionalSettings,
  messages: traditionalMessages,
  create(ctx) {
    const label = ctx.t.controls.traditional;
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
            if (undo !== null) toggle(ctx, 'traditional', label);
          },
        );
        return {
          undo() {
            undo?.();
            undo = null;
          },
        };
      },
      controls: (s) => [toggleControl(ctx, 'traditional', label, 'traditional', s.traditional, { shortcut: 'Alt+J' })],
      shortcuts: [toggleShortcut(ctx, 'traditional', label, 'KeyJ')],
    };
  },
});
