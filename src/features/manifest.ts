/**
 * The registry's data half: every feature id with its settings schema and its
 * strings, in toolbar order. Pure data (each feature folder's settings.ts and
 * messages.ts), so the `Settings` type, the defaults, `FEATURE_IDS`, the
 * `data-features` check and the translations are derived here without
 * importing the features' code, which itself uses `Settings` and `Translation`.
 * `checkRegistry` (features/index.ts) fails loudly when this list and the
 * registry of features disagree.
 */
import { defineMessages, type Messages, type UiLanguage } from '../core/messages.js';
import { boolean, type SettingsOf } from '../core/schema.js';
import type { speechMessages } from './speech/messages.js';
import type { pointReadingMessages } from './point-reading/messages.js';
import type { readAloudMessages } from './read-aloud/messages.js';
import type { voiceMessages } from './voice/messages.js';
import { voiceSettings } from './voice/settings.js';
import type { coloursMessages } from './colours/messages.js';
import type { textSizeMessages } from './text-size/messages.js';
import type { zoomMessages } from './zoom/messages.js';
import type { lineSpacingMessages } from './line-spacing/messages.js';
import { lineSpacingSettings } from './line-spacing/settings.js';
import type { cursorMessages } from './cursor/messages.js';
import type { crosshairMessages } from './crosshair/messages.js';
import type { magnifierMessages } from './magnifier/messages.js';
import type { captionsMessages } from './captions/messages.js';
import type { pinyinMessages } from './pinyin/messages.js';
import type { textOnlyMessages } from './text-only/messages.js';
import type { traditionalMessages } from './traditional/messages.js';
import { regionsMessages } from './regions/messages.js';
import type { regionsToolbarMessages } from './regions/toolbar-messages.js';
import { regionsSettings } from './regions/settings.js';
import { captionsSettings } from './captions/settings.js';
import { pinyinSettings } from './pinyin/settings.js';
import { careSettings } from './care/settings.js';
import { coloursSettings } from './colours/settings.js';
import { crosshairSettings } from './crosshair/settings.js';
import { cursorSettings } from './cursor/settings.js';
import { magnifierSettings } from './magnifier/settings.js';
import { pointReadingSettings } from './point-reading/settings.js';
import { readAloudSettings } from './read-aloud/settings.js';
import { speechSettings } from './speech/settings.js';
import { textOnlySettings } from './text-only/settings.js';
import { traditionalSettings } from './traditional/settings.js';
import { textSizeSettings } from './text-size/settings.js';
import { zoomSettings } from './zoom/settings.js';

/**
 * The strings only a feature's code in the UI chunk reads (its toolbar half, or all
 * of a late feature: features/late-features.ts): typed here like any feature's, they
 * arrive with that chunk (LATE_MESSAGES), so the start-up file does not carry them.
 */
const later = <M extends Messages>(): M => undefined as unknown as M;

/** A feature's strings for the start-up file, typed together with those its toolbar half brings (`later`). */
const both = <A extends object, B extends object>(start: Messages<A>, _toolbar: Messages<B>): Messages<A & B> => start as Messages<A & B>;

/** 关怀版's strings are the widget's own (the launcher and the site's trigger switch it). */
const NO_MESSAGES = defineMessages({ 'zh-CN': {}, en: {} });

/** Settings of the widget itself, not of a feature. */
export const WIDGET_SETTINGS = {
  /** The toolbar is open (kept across pages, like peers do). */
  toolbar: boolean(false),
} as const;

/** Feature id → its settings and strings, in toolbar order; the ids `data-features` may name. */
export const FEATURE_MANIFEST = {
  speech: { settings: speechSettings, messages: later<typeof speechMessages>() },
  'point-reading': { settings: pointReadingSettings, messages: later<typeof pointReadingMessages>() },
  'read-aloud': { settings: readAloudSettings, messages: later<typeof readAloudMessages>() },
  voice: { settings: voiceSettings, messages: later<typeof voiceMessages>() },
  colours: { settings: coloursSettings, messages: later<typeof coloursMessages>() },
  'text-size': { settings: textSizeSettings, messages: later<typeof textSizeMessages>() },
  'line-spacing': { settings: lineSpacingSettings, messages: later<typeof lineSpacingMessages>() },
  zoom: { settings: zoomSettings, messages: later<typeof zoomMessages>() },
  cursor: { settings: cursorSettings, messages: later<typeof cursorMessages>() },
  care: { settings: careSettings, messages: NO_MESSAGES },
  crosshair: { settings: crosshairSettings, messages: later<typeof crosshairMessages>() },
  magnifier: { settings: magnifierSettings, messages: later<typeof magnifierMessages>() },
  captions: { settings: captionsSettings, messages: later<typeof captionsMessages>() },
  pinyin: { settings: pinyinSettings, messages: later<typeof pinyinMessages>() },
  'text-only': { settings: textOnlySettings, messages: later<typeof textOnlyMessages>() },
  traditional: { settings: traditionalSettings, messages: later<typeof traditionalMessages>() },
  regions: { settings: regionsSettings, messages: both(regionsMessages, later<typeof regionsToolbarMessages>()) },
} as const;

export type FeatureId = keyof typeof FEATURE_MANIFEST;
export const FEATURE_IDS: readonly FeatureId[] = Object.keys(FEATURE_MANIFEST) as FeatureId[];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllSchemas = typeof WIDGET_SETTINGS & UnionToIntersection<(typeof FEATURE_MANIFEST)[FeatureId]['settings']>;

/** Every setting's spec, keyed by setting (checkRegistry, in the unit tests, fails on a key two features declare). */
export const SETTINGS_SCHEMA = Object.assign({}, WIDGET_SETTINGS, ...FEATURE_IDS.map((id) => FEATURE_MANIFEST[id].settings)) as AllSchemas;

/** The user's settings, derived from the schemas: one typed object. */
export type Settings = SettingsOf<AllSchemas>;

/** The features' strings, all merged into the one translation object (see i18n/translation.ts). */
export type FeatureMessages = UnionToIntersection<(typeof FEATURE_MANIFEST)[FeatureId]['messages']['zh-CN']>;

/** Every feature's strings in one language, for the translation to merge (the late features' come with the UI chunk). */
export const featureMessages = (lang: UiLanguage): object[] =>
  FEATURE_IDS.flatMap((id) => (FEATURE_MANIFEST[id].messages as Messages | undefined)?.[lang] ?? []);
