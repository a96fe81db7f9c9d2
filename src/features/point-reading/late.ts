/**
 * 指读 starts with the UI chunk (point-reading.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const pointReadingLate: LateStart = { isOn: (s) => s.sound && s.pointReading, keys: ['KeyP'] };
