/**
 * 纯文本 starts with the UI chunk (text-only.ts is in src/lazy.ts), which carries
 * its reader view: what the start-up file needs of it, for the shortcut table and
 * to know when to load it.
 */
import type { LateStart } from '../feature.js';

export const textOnlyLate: LateStart = { isOn: (s) => s.textOnly, keys: ['KeyT'] };
