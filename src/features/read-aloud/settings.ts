/** 语速: the reading rate, one of the voice's rates. */
import { oneOf } from '../../core/schema.js';
import { SPEECH_RATES } from '../../core/speech-rates.js';

export const readAloudSettings = { speechRate: oneOf(SPEECH_RATES, 'medium') } as const;
