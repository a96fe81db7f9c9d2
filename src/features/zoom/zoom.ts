/**
 * 页面放大 / 页面缩小: the page layout at 100–200 % in 10 % steps, through CSS
 * `zoom` on <body>. The widget is mounted on <html>, outside <body>, so the
 * toolbar and launcher keep their size and stay usable at every level.
 */
import { defineFeature } from '../feature.js';
import { zoomMessages } from './messages.js';
import { zoomSettings } from './settings.js';
import { step, ZOOM_LEVELS } from '../../core/steps.js';

// --wza-zoom also tells the toolbar's room-making shift (page/reserve-room.ts) to undo the zoom.
const css = (percent: number) => `:root{--wza-zoom:${percent / 100}}:root>body{zoom:var(--wza-zoom)!important}`;

export const zoom = defineFeature({
  id: 'zoom',
  settings: zoomSettings,
  messages: zoomMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const change = (dir: 1 | -1) => {
      const next = step(ZOOM_LEVELS, settings.value.zoom, dir);
      settings.set({ zoom: next });
      ctx.announce(dir > 0 ? t.announce.zoomIn(next) : t.announce.zoomOut(next));
    };
    return {
      uses: ['zoom'],
      isOn: (s) => s.zoom !== 100,
      apply(s) {
        const sheet = ctx.page.styles(css(s.zoom));
        return { update: (next) => sheet.set(css(next.zoom)), undo: () => sheet.remove() };
      },
      // − then +, side by side under one caption (the toolbar's 'zoom' group).
      controls: (s) => [
        {
          type: 'button',
          key: 'zoom-out',
          label: t.controls.zoomOut,
          icon: 'zoomOut',
          shortcut: 'Alt+↓',
          group: 'zoom',
          activate: () => change(-1),
        },
        {
          type: 'button',
          key: 'zoom-in',
          label: t.controls.zoomIn,
          icon: 'zoomIn',
          value: t.percent(s.zoom),
          shortcut: 'Alt+↑',
          group: 'zoom',
          activate: () => change(1),
        },
      ],
      shortcuts: [
        { code: 'ArrowUp', keys: 'Alt+↑', label: t.controls.zoomIn, run: () => change(1) },
        { code: 'ArrowDown', keys: 'Alt+↓', label: t.controls.zoomOut, run: () => change(-1) },
      ],
    };
  },
});
