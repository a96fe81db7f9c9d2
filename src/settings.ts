/**
 * The user's settings: one typed object with defaults, persisted per site in
 * localStorage, kept in memory when storage is blocked or throws, and observable.
 */

import { COLOUR_SCHEMES, type ColourScheme } from './core/colours.js';
import { SPEECH_RATES, type SpeechRate } from './core/voice.js';

export { COLOUR_SCHEMES, SPEECH_RATES, type ColourScheme, type SpeechRate };

export interface Settings {
  /** The toolbar is open (kept across pages, like peers do). */
  toolbar: boolean;
  /** 关怀版. */
  care: boolean;
  /** Text size in percent, 100–200. */
  textSize: number;
  /** Page zoom in percent, 100–200. */
  zoom: number;
  colours: ColourScheme;
  bigCursor: boolean;
  crosshair: boolean;
  magnifier: boolean;
  captions: boolean;
  textOnly: boolean;
  /** 声音: master switch for all speech. */
  sound: boolean;
  /** 指读. */
  pointReading: boolean;
  speechRate: SpeechRate;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  toolbar: false,
  care: false,
  textSize: 100,
  zoom: 100,
  colours: 'default',
  bigCursor: false,
  crosshair: false,
  magnifier: false,
  captions: false,
  textOnly: false,
  sound: false,
  pointReading: false,
  speechRate: 'medium',
});

export const STORAGE_KEY = 'wza:settings:v1';

/** Keeps only known keys with values of the right type and range; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    const value = r[key];
    const def = DEFAULT_SETTINGS[key];
    if (typeof def === 'boolean' && typeof value === 'boolean') (out[key] as boolean) = value;
    else if (typeof def === 'number' && typeof value === 'number' && value >= 100 && value <= 200) (out[key] as number) = value;
  }
  if ((COLOUR_SCHEMES as readonly unknown[]).includes(r.colours)) out.colours = r.colours as ColourScheme;
  if ((SPEECH_RATES as readonly unknown[]).includes(r.speechRate)) out.speechRate = r.speechRate as SpeechRate;
  return out;
}

/** The part of Storage the store uses; localStorage, or anything shaped like it. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type SettingsListener = (settings: Readonly<Settings>, changed: ReadonlySet<SettingKey>) => void;

export class SettingsStore {
  #value: Settings;
  #storage: KeyValueStorage | null;
  #listeners = new Set<SettingsListener>();

  /** `storage` may be null or may throw on every call: the store then lives in memory for this page. */
  constructor(storage: KeyValueStorage | null) {
    this.#storage = storage;
    let stored: unknown = null;
    try {
      const text = storage?.getItem(STORAGE_KEY);
      stored = text ? JSON.parse(text) : null;
    } catch {
      this.#storage = null;
    }
    this.#value = sanitizeSettings(stored);
  }

  get value(): Readonly<Settings> {
    return this.#value;
  }

  /** True when settings are saved across pages. */
  get persistent(): boolean {
    return this.#storage !== null;
  }

  /** Changes some settings; listeners hear once, with the keys that really changed. */
  set(patch: Partial<Settings>): void {
    const next = sanitizeSettings({ ...this.#value, ...patch });
    const changed = new Set<SettingKey>();
    for (const key of Object.keys(next) as SettingKey[]) if (next[key] !== this.#value[key]) changed.add(key);
    if (changed.size === 0) return;
    this.#value = next;
    this.#save();
    for (const listener of [...this.#listeners]) listener(next, changed);
  }

  /** Back to the defaults, except that the toolbar stays as it is unless `closeToolbar`. */
  reset(closeToolbar = false): void {
    this.set({ ...DEFAULT_SETTINGS, toolbar: closeToolbar ? false : this.#value.toolbar });
  }

  subscribe(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #save(): void {
    if (!this.#storage) return;
    try {
      this.#storage.setItem(STORAGE_KEY, JSON.stringify(this.#value));
    } catch {
      this.#storage = null; // quota or privacy mode: keep working from memory
    }
  }
}
