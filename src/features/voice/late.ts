/**
 * 发音人 (a menu only: no page change, no shortcut) starts with the UI chunk (voice.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const voiceLate: LateStart = { isOn: () => false, keys: [] };
