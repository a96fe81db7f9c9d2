/**
 * 关怀版 (care mode), the MIIT 适老化 switch: body text at least 20 px and
 * headings at least 28 px (text size then scales on top of that minimum), line
 * height at least 1.5, text contrast at least 4.5:1, links underlined, click
 * targets at least 44 × 44 where the element's layout allows a size, animations
 * and transitions paused, <marquee> stopped and the site's `data-care-hide`
 * distractions hidden. The launcher and toolbar grow (the runtime sets `large`).
 * No toolbar control: the launcher's 关怀版 button or the site's trigger toggles it.
 * Raising the contrast is its own lazy part (care.part.ts, dist/wza-care.js): the
 * rest applies at once, the contrast a moment later.
 */
import { BOOST as B } from '../../page/tagger.js';
import type { Undo } from '../../page/host.js';
import { defineFeature } from '../feature.js';
import { careSettings } from './settings.js';
import { careCss } from '../../core/care.js';

declare module '../feature.js' {
  interface FeatureParts {
    care: typeof import('./care.part.js');
  }
}

export const care = defineFeature({
  id: 'care',
  settings: careSettings,
  create(ctx) {
    return {
      isOn: (s) => s.care,
      apply() {
        const page = ctx.page;
        const fonts = page.scaleFonts();
        // Raising weak text contrast reads every element's colours: care mode's own part, not start-up code.
        let contrast: Undo | null | undefined;
        ctx.part('care').then(
          (part) => {
            if (contrast !== null) contrast = part.raiseContrast(page, 4.5);
          },
          (error: unknown) => console.warn('[wza] care mode could not raise the contrast:', error),
        );
        const marquees = page.stopMarquees();
        const sheet = page.styles(careCss(ctx.config.careHide, B));
        return {
          undo() {
            sheet.remove();
            marquees();
            contrast?.();
            contrast = null;
            fonts();
          },
        };
      },
    };
  },
});
