/**
 * What a feature is: an entry of the registry that turns settings into a change
 * of the page (always with its undo), and describes its toolbar controls and
 * shortcuts as data. The toolbar renders from these descriptions; the runtime
 * applies and undoes.
 */
import type { SpeechService } from '../page/speech/hub.js';
import type { Bus } from '../bus.js';
import type { Config, FeatureId } from '../config.js';
import type { Translation } from '../i18n/index.js';
import type { Host } from '../page/host.js';
import type { SettingKey, Settings, SettingsStore } from '../settings.js';
import type { IconName } from '../core/icon-paths.js';
import type { UiModule } from '../ui-module.js';

/** A page change in place: update it for new settings, or undo it exactly. */
export interface Applied {
  update?(settings: Readonly<Settings>): void;
  undo(): void;
}

interface ControlBase {
  /** Stable key, also used as the element's data-control attribute. */
  key: string;
  label: string;
  icon: IconName;
  /** Shown after the label, e.g. the current level "150%". */
  value?: string;
  disabled?: boolean;
  /** Why it is disabled, or extra help; becomes the accessible description. */
  note?: string;
  /** Shortcut hint, e.g. "Alt+C", appended to the accessible name. */
  shortcut?: string;
}

export interface ButtonControl extends ControlBase {
  type: 'button';
  /** For toggles: aria-pressed. Leave undefined for plain actions. */
  pressed?: boolean;
  activate(): void;
}

export interface MenuOption {
  value: string;
  label: string;
  checked: boolean;
}

export interface MenuControl extends ControlBase {
  type: 'menu';
  options: MenuOption[];
  select(value: string): void;
}

export type Control = ButtonControl | MenuControl;

export interface Shortcut {
  /** KeyboardEvent.code, matched with Alt held: 'KeyC', 'ArrowUp', 'Backquote', 'Slash'. */
  code: string;
  /** How help shows it: "Alt+C". */
  keys: string;
  /** What it does, for help. */
  label: string;
  run(): void;
}

/** What the runtime offers every feature. */
export interface FeatureContext {
  /** The host page, through the door's capabilities only (no document or window). */
  page: Host;
  settings: SettingsStore;
  config: Config;
  t: Translation;
  bus: Bus;
  /** Says the result of an action: shown in the toolbar, spoken when 声音 is on. */
  announce(text: string): void;
  /** Asks the toolbar to render again after state outside settings changed. */
  requestRender(): void;
  /** Loads the lit elements (first call fetches the UI chunk; later calls reuse it). */
  ui(): Promise<UiModule>;
  /** Speech, made once by the runtime (behind the door): engines, the article, the caret under a click. */
  speech: SpeechService;
  /** The whole-widget actions. */
  actions: { reset(): void; exit(): void; toggleHelp(): void; openToolbar(): void; closeToolbar(): void };
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

export interface Feature {
  /** The id `data-features` names; built-ins (reset, help, exit) are always shown. */
  id: FeatureId | 'reset' | 'help' | 'exit';
  create(ctx: FeatureContext): FeatureInstance;
}
