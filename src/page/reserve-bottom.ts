/**
 * Room at the bottom of the page for a bar fixed to the bottom of the viewport
 * (大字幕): the page's own bottom padding plus the bar's height, so the last
 * lines of the page can scroll up above the bar instead of hiding under it.
 */
import { addPageStyles } from './page-styles.js';
import type { Page } from './page.js';

export interface Reserved {
  set(height: number): void;
  remove(): void;
}

export function reserveBottom(page: Page, height: number): Reserved {
  const own = parseFloat(page.window.getComputedStyle(page.document.documentElement).paddingBottom) || 0;
  const css = (h: number) => `html{padding-bottom:${own + h}px!important;scroll-padding-bottom:${h}px!important}`;
  let current = Math.round(height);
  const sheet = addPageStyles(page.document, css(current));
  return {
    set(h) {
      const next = Math.round(h);
      if (next === current) return;
      current = next;
      sheet.set(css(next));
    },
    remove: () => sheet.remove(),
  };
}
