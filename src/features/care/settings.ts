/** 关怀版's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const careSettings = { care: boolean(false) } as const;
