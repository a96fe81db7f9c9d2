/**
 * 拼音 starts with the UI chunk (pinyin.ts is in src/lazy.ts): it changes no page,
 * and the two aids it shows over come with that chunk. What the start-up file
 * needs of it is its key.
 */
import type { LateStart } from '../feature.js';

export const pinyinLate: LateStart = { keys: ['KeyY'] };
