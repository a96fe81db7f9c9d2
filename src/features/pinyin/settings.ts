/** 拼音's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const pinyinSettings = { pinyin: boolean(false) } as const;
