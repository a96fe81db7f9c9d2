/**
 * 十字光标 starts with the UI chunk (crosshair.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const crosshairLate: LateStart = { isOn: (s) => s.crosshair, keys: ['KeyC'] };
