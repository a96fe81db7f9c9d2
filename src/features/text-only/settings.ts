/** 纯文本's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const textOnlySettings = { textOnly: boolean(false) } as const;
