/** 页面放大 / 页面缩小, its toolbar half (in the UI chunk): the − and + buttons, Alt+↑ / Alt+↓ and what a step says. */
import { defineFeature } from '../feature.js';
import { step, ZOOM_LEVELS } from '../../core/steps.js';
import { zoomMessages } from './messages.js';

export const zoomToolbar = defineFeature({
  id: 'zoom',
  messages: zoomMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const change = (dir: 1 | -1) => {
      const next = step(ZOOM_LEVELS, settings.value.zoom, dir);
      settings.set({ zoom: next });
      ctx.announce(dir > 0 ? t.announce.zoomIn(next) : t.announce.zoomOut(next));
    };
    return {
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
