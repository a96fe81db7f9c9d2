/**
 * 大鼠标: large high-contrast cursors for the whole page: an arrow, a pointing
 * hand over links and buttons, a text beam over text and text fields. One sheet;
 * selector lists are written out, no :is()/:where() (Chromium 88). The hand's
 * rules come last and are at least as specific as the beam's over the same
 * element (`a[href] *` against `span`, `input[type=button]` against `input`),
 * so over a link or a button the hand wins. A pointer aid, changing no text or
 * layout: all of it rides in the UI chunk (late.ts), so a page view does not
 * download the cursors.
 */
import { BOOST as B } from '../../page/tagger.js';
import { eachOf } from '../../core/care.js';
import { defineFeature } from '../feature.js';
import { cursorValue } from './cursor.core.js';
import { cursorMessages } from './messages.js';

const TEXT =
  'p,h1,h2,h3,h4,h5,h6,li,dd,dt,td,th,caption,blockquote,pre,code,span,font,em,strong,b,i,u,small,big,sub,sup,q,cite,abbr,time,mark,textarea,[contenteditable],input';
const ACTIVE =
  'a[href],button,select,summary,label,[role=button],[role=link],[role=menuitem],[role=tab],[onclick],input[type=button],input[type=submit],input[type=reset],input[type=checkbox],input[type=radio],input[type=image],input[type=file],input[type=range],input[type=color]';

export const CURSOR_CSS = `:root${B},:root *${B}{cursor:${cursorValue('arrow')}!important}
${eachOf(TEXT, B)}{cursor:${cursorValue('text')}!important}
${eachOf(ACTIVE, B)},${eachOf(ACTIVE, ' *' + B)}{cursor:${cursorValue('pointer')}!important}`;

export const cursor = defineFeature({
  id: 'cursor',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: cursorMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const toggle = () => {
      const on = !settings.value.bigCursor;
      settings.set({ bigCursor: on });
      ctx.announce(on ? t.announce.on(t.controls.bigCursor) : t.announce.off(t.controls.bigCursor));
    };
    return {
      isOn: (s) => s.bigCursor,
      apply() {
        const sheet = ctx.page.styles(CURSOR_CSS, { keepWhileReading: true });
        return { undo: () => sheet.remove() };
      },
      controls: (s) => [
        {
          type: 'button',
          key: 'cursor',
          label: t.controls.bigCursor,
          icon: 'bigCursor',
          pressed: s.bigCursor,
          shortcut: 'Alt+M',
          activate: toggle,
        },
      ],
      shortcuts: [{ code: 'KeyM', keys: 'Alt+M', label: t.controls.bigCursor, run: toggle }],
    };
  },
});
