/**
 * Region jumps (读屏 help): Alt+1 … Alt+6 move focus to the page's header,
 * navigation, search, article (正文), sidebar and footer, saying where focus is
 * ("正文区域"); pressed again, to the next region of that kind. And the skip link
 * 跳到正文, the page's first Tab stop after the launcher on pages without one of
 * their own. Finding regions and moving focus load with the lazily loaded part
 * (regions.run.ts); only the shortcuts and the skip link are here at start.
 *
 * Why Alt+digit: it is what peers' toolbars use, so their users know it, and on
 * Windows (where nearly all of these sites' visitors are) no browser takes it.
 * On Linux, Firefox and Chrome switch tabs with Alt+1 … Alt+8: on a page with
 * Wza, Alt+1 … Alt+6 jump instead (README says so; Ctrl+PageUp/PageDown still switch tabs).
 */
import type { RegionKind } from '../../core/regions.js';
import { styleNonce } from '../../page/page-styles.js';
import { hasOwnSkipLink } from '../../page/skip-link.js';
import type { Undo } from '../../page/host.js';
import { defineFeature } from '../feature.js';
import { regionsMessages } from './messages.js';
import { regionsSettings } from './settings.js';

/** Shortcut order; the same list as core/regions.ts REGION_KINDS (a unit test says so), kept here so that module loads only with the jumps. */
export const KINDS = ['header', 'nav', 'search', 'article', 'sidebar', 'footer'] as const satisfies readonly RegionKind[];

export const regions = defineFeature({
  id: 'regions',
  settings: regionsSettings,
  messages: regionsMessages,
  create(ctx) {
    const t = ctx.t.regions;
    // The tabindex the last jump gave a region, taken off on blur or 退出.
    let release: Undo = () => {};
    const jump = (kind: RegionKind) =>
      ctx.ui().then(
        (ui) => {
          // The previous region's tabindex goes on blur; this keeps the undo of the newest for 退出.
          release = ui.regions.jump(ctx, kind) ?? release;
        },
        (error: unknown) => console.warn('[wza] region jumps could not be loaded:', error),
      );
    return {
      apply() {
        let unmount: Undo | null = null;
        if (!hasOwnSkipLink(ctx.page)) {
          const link = ctx.page.create('wza-skip-link');
          link.setup(t.skip, () => void jump('article'), styleNonce);
          unmount = ctx.page.mount(link);
        }
        const undo = () => {
          offExit();
          unmount?.();
          unmount = null;
          release();
        };
        const offExit = ctx.bus.on('exit', undo);
        return { undo };
      },
      shortcuts: KINDS.map((kind, i) => ({
        code: `Digit${i + 1}`,
        keys: `Alt+${i + 1}`,
        label: t.jump(t.names[kind]),
        run: () => void jump(kind),
      })),
    };
  },
});
