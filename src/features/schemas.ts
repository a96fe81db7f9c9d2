/**
 * The registry's data half: every feature id with its settings schema, in
 * toolbar order. Pure data (each feature folder's tiny settings.ts), so the
 * `Settings` type, the defaults, `FEATURE_IDS` and `data-features` can be derived
 * here without importing the features' code, which itself uses `Settings`.
 * `checkRegistry` (features/index.ts) fails loudly when this list and the
 * registry of features disagree.
 */
import { boolean, mergeSchemas, type SettingsOf } from '../core/schema.js';
import { captionsSettings } from './captions/settings.js';
import { careSettings } from './care/settings.js';
import { coloursSettings } from './colours/settings.js';
import { crosshairSettings } from './crosshair/settings.js';
import { cursorSettings } from './cursor/settings.js';
import { magnifierSettings } from './magnifier/settings.js';
import { pointReadingSettings } from './point-reading/settings.js';
import { readAloudSettings } from './read-aloud/settings.js';
import { speechSettings } from './speech/settings.js';
import { textOnlySettings } from './text-only/settings.js';
import { textSizeSettings } from './text-size/settings.js';
import { zoomSettings } from './zoom/settings.js';

/** Settings of the widget itself, not of a feature. */
export const WIDGET_SETTINGS = {
  /** The toolbar is open (kept across pages, like peers do). */
  toolbar: boolean(false),
} as const;

/** Feature id → its settings; the ids `data-features` may name. */
export const FEATURE_SETTINGS = {
  speech: speechSettings,
  'point-reading': pointReadingSettings,
  'read-aloud': readAloudSettings,
  colours: coloursSettings,
  'text-size': textSizeSettings,
  zoom: zoomSettings,
  cursor: cursorSettings,
  care: careSettings,
  crosshair: crosshairSettings,
  magnifier: magnifierSettings,
  captions: captionsSettings,
  'text-only': textOnlySettings,
} as const;

export type FeatureId = keyof typeof FEATURE_SETTINGS;
export const FEATURE_IDS: readonly FeatureId[] = Object.keys(FEATURE_SETTINGS) as FeatureId[];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllSchemas = typeof WIDGET_SETTINGS & UnionToIntersection<(typeof FEATURE_SETTINGS)[FeatureId]>;

/** Every setting's spec, keyed by setting; throws at load on a key two features declare. */
export const SETTINGS_SCHEMA = mergeSchemas([
  { id: 'widget', settings: WIDGET_SETTINGS },
  ...FEATURE_IDS.map((id) => ({ id, settings: FEATURE_SETTINGS[id] })),
]) as AllSchemas;

/** The user's settings, derived from the schemas: one typed object. */
export type Settings = SettingsOf<AllSchemas>;
