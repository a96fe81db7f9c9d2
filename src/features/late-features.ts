/**
 * The code of the registry's late entries (features/index.ts `late(...)`): the
 * features whose page change needs the UI chunk anyway. This list rides in that
 * chunk (src/lazy.ts); the runner creates them when it arrives.
 */
import { captions } from './captions/captions.js';
import { crosshair } from './crosshair/crosshair.js';
import type { Feature } from './feature.js';
import { magnifier } from './magnifier/magnifier.js';
import { pointReading } from './point-reading/point-reading.js';
import { readAloud } from './read-aloud/read-aloud.js';
import { speech } from './speech/speech.js';
import { voice } from './voice/voice.js';
import type { Messages } from '../core/messages.js';
import { captionsMessages } from './captions/messages.js';
import { crosshairMessages } from './crosshair/messages.js';
import { magnifierMessages } from './magnifier/messages.js';
import { pointReadingMessages } from './point-reading/messages.js';
import { readAloudMessages } from './read-aloud/messages.js';
import { speechMessages } from './speech/messages.js';
import { voiceMessages } from './voice/messages.js';

export const LATE_FEATURES: readonly Feature[] = [speech, pointReading, readAloud, voice, crosshair, magnifier, captions];

/** Their strings (typed in features/manifest.ts), added to the translation when this chunk arrives. */
export const LATE_MESSAGES: readonly Messages[] = [
  speechMessages,
  pointReadingMessages,
  readAloudMessages,
  voiceMessages,
  crosshairMessages,
  magnifierMessages,
  captionsMessages,
];
