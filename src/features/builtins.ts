/** Whole-widget controls every toolbar has: 重置, 帮助, 退出. */
import type { Feature } from './feature.js';

export const reset: Feature = {
  id: 'reset',
  create: (ctx) => ({
    controls: () => [
      { type: 'button', key: 'reset', label: ctx.t.controls.reset, icon: 'reset', shortcut: 'Alt+R', activate: ctx.actions.reset },
    ],
    shortcuts: [{ code: 'KeyR', keys: 'Alt+R', label: ctx.t.controls.reset, run: ctx.actions.reset }],
  }),
};

export const help: Feature = {
  id: 'help',
  create: (ctx) => ({
    controls: () => [
      { type: 'button', key: 'help', label: ctx.t.controls.help, icon: 'help', shortcut: 'Alt+/', activate: ctx.actions.toggleHelp },
    ],
    shortcuts: [{ code: 'Slash', keys: 'Alt+/', label: ctx.t.controls.help, run: ctx.actions.toggleHelp }],
  }),
};

export const exit: Feature = {
  id: 'exit',
  create: (ctx) => ({
    controls: () => [
      { type: 'button', key: 'exit', label: ctx.t.controls.exit, icon: 'exit', shortcut: 'Esc', activate: ctx.actions.exit },
    ],
  }),
};
