/**
 * 连读 and 语速 starts with the UI chunk (read-aloud.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const readAloudLate: LateStart = { isOn: (s) => s.sound, keys: ['KeyX', 'KeyS'] };
