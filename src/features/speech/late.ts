/**
 * 声音 starts with the UI chunk (speech.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const speechLate: LateStart = { isOn: (s) => s.sound, keys: ['KeyV'] };
