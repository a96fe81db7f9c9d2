/**
 * 页面放大 / 页面缩小: the page layout at 100–200 % in 10 % steps, through CSS
 * `zoom` on <body>. The widget is mounted on <html>, outside <body>, so the
 * toolbar and launcher keep their size and stay usable at every level.
 * Its buttons and keys are its toolbar half (zoom.toolbar.ts, in the UI chunk).
 */
import { defineFeature } from '../feature.js';
import { zoomSettings } from './settings.js';

// --wza-zoom also tells the toolbar's room-making shift (page/reserve-room.ts) to undo the zoom.
const css = (percent: number) => `:root{--wza-zoom:${percent / 100}}:root>body{zoom:var(--wza-zoom)!important}`;

export const zoom = defineFeature({
  id: 'zoom',
  settings: zoomSettings,
  late: { keys: ['ArrowUp', 'ArrowDown'] },
  create(ctx) {
    return {
      uses: ['zoom'],
      isOn: (s) => s.zoom !== 100,
      apply(s) {
        const sheet = ctx.page.styles(css(s.zoom));
        return { update: (next) => sheet.set(css(next.zoom)), undo: () => sheet.remove() };
      },
    };
  },
});
