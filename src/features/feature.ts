/**
 * What a feature is: an entry of the registry that turns settings into a change
 * of the page (always with its undo), and describes its toolbar controls and
 * shortcuts as data. The toolbar renders from these descriptions; the runtime
 * applies and undoes.
 */
import type { SpeechService } from '../page/speech/hub.js';
import type { Bus } from '../bus.js';
import type {
  ButtonControl as CoreButtonControl,
  Control as CoreControl,
  MenuControl as CoreMenuControl,
  Shortcut,
} from '../core/controls.js';
import type { Messages } from '../core/messages.js';
import type { SettingsSchema } from '../core/schema.js';
import type { Config, FeatureId } from '../config.js';
import type { Translation } from '../i18n/index.js';
import type { Host } from '../page/host.js';
import type { SettingKey, Settings, SettingsStore } from '../settings.js';
import type { IconName } from '../core/icon-paths.js';

/** A page change in place: update it for new settings, or undo it exactly. */
export interface Applied {
  update?(settings: Readonly<Settings>): void;
  undo(): void;
}

export type { MenuOption, Shortcut } from '../core/controls.js';
/** A toolbar control with one of the UI's icons. */
export type Control = CoreControl<IconName>;
export type ButtonControl = CoreButtonControl<IconName>;
export type MenuControl = CoreMenuControl<IconName>;

/**
 * What features use of the lazily loaded part (src/lazy.ts). Each feature's heavy
 * part adds its own entry by declaration merging (`declare module '…/feature.js'`),
 * so this file imports none of them and no import circle runs through it; the
 * runtime hands over the real module, which the compiler checks against this.
 */
export interface LazyParts {}

/**
 * A feature's own lazily loaded part, by feature id: the exports of its
 * `<id>.part.ts`, a file of its own (dist/wza-<id>.js) loaded on first use only.
 * Each feature adds its entry by declaration merging, with a type-only import, so
 * nothing of the part reaches the start-up file (the build fails if it does).
 */
export interface FeatureParts {}

/**
 * What an announcement says: a text, or a function of the translation for start-up code, whose
 * strings for announcing arrive with the UI chunk (with the toolbar and speech, which say it).
 */
export type Announcement = string | ((t: Translation) => string);

/** What the runtime offers every feature. */
export interface FeatureContext {
  /** The host page, through the door's capabilities only (no document or window). */
  page: Host;
  settings: SettingsStore;
  config: Config;
  t: Translation;
  bus: Bus;
  /**
   * Says the result of an action: shown in the toolbar, spoken when 声音 is on. A function of the
   * translation is called only once the UI chunk is there (before, nobody would hear it).
   */
  announce(said: Announcement): void;
  /** Asks the toolbar to render again after state outside settings changed. */
  requestRender(): void;
  /** Loads the lazily loaded part: the lit elements and the features' heavy parts (first call fetches it; later calls reuse it). */
  ui(): Promise<LazyParts>;
  /** A feature's own lazy part (see FeatureParts), loaded once; a failed load rejects and can be retried. */
  part<K extends keyof FeatureParts>(id: K): Promise<FeatureParts[K]>;
  /** Speech, made once by the runtime (behind the door): engines, the article, the caret under a click. */
  speech: SpeechService;
  /** The whole-widget actions. */
  actions: {
    reset(): void;
    exit(): void;
    toggleHelp(): void;
    /** Opens the toolbar, or moves focus into it when it is open (Alt+A). */
    openToolbar(): void;
    closeToolbar(): void;
  };
}

export interface FeatureInstance {
  /** Settings whose change must reach `update`. */
  uses?: readonly SettingKey[];
  /** Whether the page change is in place for these settings. */
  isOn?(settings: Readonly<Settings>): boolean;
  /** Makes the page change for these settings and returns how to update and undo it. */
  apply?(settings: Readonly<Settings>): Applied;
  /** Toolbar controls, in order, for the current settings. */
  controls?(settings: Readonly<Settings>): Control[];
  shortcuts?: Shortcut[];
}

/** The whole-widget entries every toolbar has, whatever `data-features` says. */
export const BUILTIN_IDS = ['open', 'reset', 'help', 'exit'] as const;
export type BuiltinId = (typeof BUILTIN_IDS)[number];

/**
 * What the start-up file knows of a feature's code in the UI chunk
 * (features/late-features.ts): the toolbar half of every feature (its controls,
 * its shortcuts' actions, what they say), and the whole of a feature whose page
 * change needs that chunk anyway (speech, the pointer aids). The runner creates
 * that code when the chunk arrives; until then a shortcut loads the chunk and runs.
 */
export interface LateStart {
  /** Whether these settings need the late code running: then the UI chunk loads at once (none: never before a use). */
  isOn?(settings: Readonly<Settings>): boolean;
  /** Its shortcuts' key codes (`KeyC`): the table is whole, and clash-checked, before its code loads. */
  keys: readonly string[];
}

export interface Feature {
  /** The id `data-features` names; built-ins (open, reset, help, exit) are always there. */
  id: FeatureId | BuiltinId;
  /** Its settings: the same object features/manifest.ts lists for this id (checkRegistry compares them). */
  settings?: SettingsSchema;
  /**
   * Its strings (features/<id>/messages.ts, typed in features/manifest.ts; read them through `ctx.t`):
   * a start-up entry's are those the start-up file needs; code in the UI chunk brings the rest.
   */
  messages?: Messages;
  /** Its page change, made at start: what saved settings must change before the toolbar is ever opened. */
  create(ctx: FeatureContext): FeatureInstance;
  /** Its toolbar half, in the UI chunk (`<id>.toolbar.ts`, listed in features/late-features.ts). */
  late?: LateStart;
}

/** A registry entry all of whose code is in the UI chunk (see LateStart); settings and strings as any feature's. */
export interface LateFeature {
  id: FeatureId | BuiltinId;
  settings?: SettingsSchema;
  messages?: Messages;
  late: LateStart;
}

export type RegistryEntry = Feature | LateFeature;

/** Declares a feature; typed so the id, its settings and its parts agree. */
export function defineFeature(feature: Feature): Feature {
  return feature;
}
