/** 大字幕's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const captionsSettings = { captions: boolean(false) } as const;
