/**
 * Room at the bottom of the page for a bar fixed to the bottom of the viewport
 * (大字幕): the page's own bottom padding plus the bar's height, so the last
 * lines of the page can scroll up above the bar, and fixed elements placed by
 * `bottom` move up above it (src/page/room.ts).
 */
import type { Page } from './page.js';
import { reserveRoom, type Reserved } from './room.js';

export type { Reserved };

export function reserveBottom(page: Page, height: number): Reserved {
  return reserveRoom(page.document, 'bottom', height);
}
