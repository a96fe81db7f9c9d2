/** 指读's setting. */
import { boolean } from '../../core/schema.js';

export const pointReadingSettings = { pointReading: boolean(false) } as const;
