/**
 * What of the registry rides in the UI chunk (src/lazy.ts): every feature's toolbar
 * half (`<id>.toolbar.ts`: controls, what its keys do and say), the whole code of
 * the late entries (features/index.ts `late(...)`, whose page change needs this
 * chunk anyway), and the built-ins. The runner creates them when the chunk arrives.
 */
import { exit, help, open, reset } from './builtins.js';
import { captions } from './captions/captions.js';
import { coloursToolbar } from './colours/colours.toolbar.js';
import { cursor } from './cursor/cursor.js';
import { lineSpacingToolbar } from './line-spacing/line-spacing.toolbar.js';
import { pinyin } from './pinyin/pinyin.js';
import { regionsToolbar } from './regions/regions.toolbar.js';
import { textOnly } from './text-only/text-only.js';
import { textSizeToolbar } from './text-size/text-size.toolbar.js';
import { traditionalToolbar } from './traditional/traditional.toolbar.js';
import { zoomToolbar } from './zoom/zoom.toolbar.js';
import { crosshair } from './crosshair/crosshair.js';
import type { Feature } from './feature.js';
import { magnifier } from './magnifier/magnifier.js';
import { pointReading } from './point-reading/point-reading.js';
import { readAloud } from './read-aloud/read-aloud.js';
import { speech } from './speech/speech.js';
import { voice } from './voice/voice.js';
import type { Messages } from '../core/messages.js';
import { widgetToolbarMessages } from '../i18n/toolbar-messages.js';

export const LATE_FEATURES: readonly Feature[] = [
  open,
  speech,
  pointReading,
  readAloud,
  voice,
  coloursToolbar,
  textSizeToolbar,
  lineSpacingToolbar,
  zoomToolbar,
  cursor,
  crosshair,
  magnifier,
  captions,
  pinyin,
  textOnly,
  traditionalToolbar,
  regionsToolbar,
  reset,
  help,
  exit,
];

/** Their strings (typed in features/manifest.ts), and the widget's own toolbar strings, added to the translation when this chunk arrives: only this code reads them. */
export const LATE_MESSAGES: readonly Messages[] = [
  widgetToolbarMessages,
  ...LATE_FEATURES.flatMap((f) => (f.messages ? [f.messages] : [])),
];
