/**
 * Region jumps (读屏 help): Alt+1 … Alt+6 move focus to the page's header,
 * navigation, search, article (正文), sidebar and footer, saying where focus is
 * ("正文区域"); pressed again, to the next region of that kind. And the skip link
 * 跳到正文, the page's first Tab stop after the launcher on pages without one of
 * their own. Finding regions, moving focus and what a jump says load with the
 * feature's own lazy part (regions.part.ts, dist/wza-regions.js): only the shortcuts and the skip link are
 * in the start-up script, which SPEC §6 keeps within 20 KB.
 *
 * Why Alt+digit: it is what peers' toolbars use, so their users know it, and on
 * Windows (where nearly all of these sites' visitors are) no browser takes it.
 * On Linux, Firefox and Chrome switch tabs with Alt+1 … Alt+8: on a page with
 * Wza, Alt+1 … Alt+6 jump instead (README says so; Ctrl+PageUp/PageDown still switch tabs).
 */
import { hasOwnSkipLink, mountSkipLink } from '../../page/skip-link.js';
import type { Undo } from '../../page/host.js';
import { defineFeature } from '../feature.js';
import { regionsMessages } from './messages.js';
import { regionsSettings } from './settings.js';
import { regionJump } from './jump.js';

export const regions = defineFeature({
  id: 'regions',
  settings: regionsSettings,
  messages: regionsMessages,
  // The 区域 menu is its toolbar half (regions.toolbar.ts, in the UI chunk); the keys stay here, as a jump loads only its own part.
  late: { keys: [] },
  create(ctx) {
    const t = ctx.t.regions;
    let jumped = false;
    /** Jumps to the regions of kind `i` (core/regions.ts REGION_KINDS order: 3 is the article). */
    const jump = (i: number) => {
      jumped = true;
      regionJump(ctx, i);
    };
    return {
      apply() {
        let unmount: Undo | null = hasOwnSkipLink(ctx.page) ? null : mountSkipLink(ctx.page, t.skip, () => jump(3));
        const undo = () => {
          off();
          unmount?.();
          unmount = null;
          // The tabindex a jump gave (the part keeps it, and takes it off on 退出 itself).
          if (jumped) void ctx.part('regions').then((part) => part.releaseJump());
        };
        const off = ctx.bus.on('exit', undo);
        return { undo };
      },
      // One line in help for all six (the others have no label of their own); its string comes with the UI chunk, as help does.
      shortcuts: [0, 1, 2, 3, 4, 5].map((i) => ({
        code: `Digit${i + 1}`,
        keys: i ? `Alt+${i + 1}` : 'Alt+1 … Alt+6',
        get label() {
          return i ? '' : t.jumps;
        },
        run: () => jump(i),
      })),
    };
  },
});

declare module '../feature.js' {
  interface FeatureParts {
    regions: typeof import('./regions.part.js');
  }
}
