/**
 * Whole-widget entries every toolbar has: Alt+A (open, no control), 重置, 帮助, 退出.
 * Their code rides in the UI chunk (features/late-features.ts): each is a control
 * of the toolbar or a key that opens it. The start-up file has their keys only
 * (the registry's entries, features/index.ts).
 */
import { defineFeature } from './feature.js';

export const open = defineFeature({
  id: 'open',
  create: (ctx) => ({
    shortcuts: [{ code: 'KeyA', keys: 'Alt+A', label: ctx.t.help.openToolbar, run: ctx.actions.openToolbar }],
  }),
});

export const reset = defineFeature({
  id: 'reset',
  create: (ctx) => ({
    controls: () => [
      { type: 'button', key: 'reset', label: ctx.t.controls.reset, icon: 'reset', shortcut: 'Alt+R', activate: ctx.actions.reset },
    ],
    shortcuts: [{ code: 'KeyR', keys: 'Alt+R', label: ctx.t.controls.reset, run: ctx.actions.reset }],
  }),
});

export const help = defineFeature({
  id: 'help',
  create: (ctx) => ({
    controls: () => [
      { type: 'button', key: 'help', label: ctx.t.controls.help, icon: 'help', shortcut: 'Alt+/', activate: ctx.actions.toggleHelp },
    ],
    shortcuts: [{ code: 'Slash', keys: 'Alt+/', label: ctx.t.controls.help, run: ctx.actions.toggleHelp }],
  }),
});

export const exit = defineFeature({
  id: 'exit',
  create: (ctx) => ({
    controls: () => [
      { type: 'button', key: 'exit', label: ctx.t.controls.exit, icon: 'exit', shortcut: 'Esc', activate: ctx.actions.exit },
    ],
  }),
});
