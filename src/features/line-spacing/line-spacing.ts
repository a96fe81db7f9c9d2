/**
 * 行距: each press raises the line height of all text one step (125 → 150 →
 * 175 % of the element's own, at least 1.5 × its font size), and the press after
 * the last goes back to the page's own. It rides on the font tags that text size
 * and care mode use (src/page/font-scale.ts: each element's own line height, also
 * inline `!important` ones and text that arrives later); a step is one custom
 * property sheet on :root, so it writes nothing to the page's DOM. Care mode's
 * minimum stays in force beside it (the rule takes the larger of the two).
 */
import { lineSpacingCss, nextLineSpacing } from '../../core/line-spacing.js';
import { defineFeature } from '../feature.js';
import { lineSpacingMessages } from './messages.js';
import { lineSpacingSettings } from './settings.js';

export const lineSpacing = defineFeature({
  id: 'line-spacing',
  settings: lineSpacingSettings,
  messages: lineSpacingMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const press = () => {
      const next = nextLineSpacing(settings.value.lineSpacing);
      settings.set({ lineSpacing: next });
      ctx.announce(next > 100 ? t.announce.lineSpacingUp(next) : t.announce.lineSpacingOff);
    };
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
      controls: (s) => [
        {
          type: 'button',
          key: 'line-spacing',
          label: t.controls.lineSpacing,
          icon: 'lineSpacing',
          value: t.percent(s.lineSpacing),
          shortcut: 'Alt+L',
          activate: press,
        },
      ],
      shortcuts: [{ code: 'KeyL', keys: 'Alt+L', label: t.controls.lineSpacing, run: press }],
    };
  },
});
