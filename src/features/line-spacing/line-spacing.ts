/**
 * 行距: each press raises the line height of all text one step (125 → 150 →
 * 175 % of the element's own, at least 1.5 × its font size), and the press after
 * the last goes back to the page's own. It rides on the font tags that text size
 * and care mode use (src/page/font-scale.ts: each element's own line height, also
 * inline `!important` ones and text that arrives later); a step is one custom
 * property sheet on :root, so it writes nothing to the page's DOM. Care mode's
 * minimum stays in force beside it (the rule takes the larger of the two).
 * Its button and key are its toolbar half (line-spacing.toolbar.ts, in the UI chunk).
 */
import { lineSpacingCss } from '../../core/line-spacing.js';
import { defineFeature } from '../feature.js';
import { lineSpacingSettings } from './settings.js';

export const lineSpacing = defineFeature({
  id: 'line-spacing',
  settings: lineSpacingSettings,
  late: { keys: ['KeyL'] },
  create(ctx) {
    return {
      uses: ['lineSpacing'],
      isOn: (s) => s.lineSpacing > 100,
      apply(s) {
        const release = ctx.page.scaleFonts();
        const level = ctx.page.styles(lineSpacingCss(s.lineSpacing));
        return {
          update: (next) => level.set(lineSpacingCss(next.lineSpacing)),
          undo() {
            level.remove();
            release();
          },
        };
      },
    };
  },
});
