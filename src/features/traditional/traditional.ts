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
    const t = ctx.t;
    const label = t.controls.traditional;
    const run = () => toggle(ctx, 'traditional', label);
    return {
      uses: ['traditional'],
      isOn: (s) => s.traditional,
      apply(): Applied {
        let undone = false;
        let undo: Undo | null = null;
        ctx.part('traditional').then(
          (part) => {
            if (!undone) undo = part.convertPage(ctx.page, { ui: t.lang === 'zh-CN' });
          },
          (error: unknown) => {
            console.warn('[wza] 繁體 could not be loaded:', error);
            // Off again, so that the next press tries again (a failed load can be retried).
            if (!undone) ctx.settings.set({ traditional: false });
            ctx.announce(t.traditional.failed);
          },
        );
        return {
          undo() {
            undone = true;
            undo?.();
            undo = null;
          },
        };
      },
      controls: (s) => [toggleControl(ctx, 'traditional', label, 'traditional', s.traditional, { shortcut: 'Alt+J', activate: run })],
      shortcuts: [{ ...toggleShortcut(ctx, 'traditional', label, 'KeyJ', run), label: t.traditional.help }],
    };
  },
});
