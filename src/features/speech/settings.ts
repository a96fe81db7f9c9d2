/** 声音's setting: the master switch for all speech, off by default. */
import { boolean } from '../../core/schema.js';

export const speechSettings = { sound: boolean(false) } as const;
