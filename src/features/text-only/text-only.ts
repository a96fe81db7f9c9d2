/**
 * 纯文本: the article alone in a clean, large reader view in the current colour
 * scheme and text size; exiting returns to the page where it was, unchanged.
 * Its page change is a view from the UI chunk, so all of it rides there: this
 * code, and the working part (text-only.run.ts).
 */
import { saveScroll } from '../../page/text-only-page.js';
import { mountAid, toggle, toggleControl, toggleShortcut } from '../aid.js';
import { defineFeature, type Applied } from '../feature.js';
import { readerFontSize } from '../../core/reader-doc.js';
import { textOnlyMessages } from './messages.js';

export const textOnly = defineFeature({
  id: 'text-only',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: textOnlyMessages,
  create(ctx) {
    const label = ctx.t.controls.textOnly;
    // Set by the control and the shortcut: the next apply is the user's own request.
    let userAsked = false;
    const run = () => {
      userAsked = !ctx.settings.value.textOnly;
      toggle(ctx, 'textOnly', label);
    };
    const close = () => {
      if (ctx.settings.value.textOnly) toggle(ctx, 'textOnly', label);
    };
    return {
      uses: ['textOnly', 'textSize'],
      isOn: (s) => s.textOnly,
      apply(): Applied {
        const focus = userAsked;
        userAsked = false;
        // Where the page is now: read before the view goes in above the body (scroll anchoring would move it).
        const restoreScroll = saveScroll(ctx.page);
        const aid = mountAid(ctx, 'wza-reader', (el, ui) => ui.aids.textOnly(ctx, el, { focus, close, restoreScroll }), {
          topLayer: false,
        });
        return {
          update(s) {
            const el = aid.element();
            if (el) el.fontSize = readerFontSize(s.textSize);
          },
          undo: () => aid.undo(),
        };
      },
      controls: (s) => [toggleControl(ctx, 'textOnly', label, 'textOnly', s.textOnly, { shortcut: 'Alt+T', activate: run })],
      shortcuts: [toggleShortcut(ctx, 'textOnly', label, 'KeyT', run)],
    };
  },
});
