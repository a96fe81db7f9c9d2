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

export const LATE_FEATURES: readonly Feature[] = [speech, pointReading, readAloud, voice, crosshair, magnifier, captions];
