/** 大鼠标's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const cursorSettings = { bigCursor: boolean(false) } as const;
