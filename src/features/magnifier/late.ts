/**
 * 放大镜 starts with the UI chunk (magnifier.ts is in src/lazy.ts): what the start-up
 * file needs of it, for the shortcut table and to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const magnifierLate: LateStart = { isOn: (s) => s.magnifier, keys: [] };
