/**
 * 大鼠标 starts with the UI chunk (cursor.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const cursorLate: LateStart = { isOn: (s) => s.bigCursor, keys: ['KeyM'] };
