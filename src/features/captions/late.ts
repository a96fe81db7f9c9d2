/**
 * 大字幕 starts with the UI chunk (captions.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const captionsLate: LateStart = { isOn: (s) => s.captions, keys: ['KeyB'] };
