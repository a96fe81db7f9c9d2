/** 放大镜's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const magnifierSettings = { magnifier: boolean(false) } as const;
