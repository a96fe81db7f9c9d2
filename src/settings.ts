/**
 * The user's settings: one typed object with defaults, persisted per site in
 * localStorage, kept in memory when storage is blocked or throws, and observable.
 */

import { defaultsOf, sanitize } from './core/schema.js';
import { COLOUR_SCHEMES, type ColourScheme } from './core/colours.js';
import { SPEECH_RATES, type SpeechRate } from './core/speech-rates.js';
import { SETTINGS_SCHEMA, type Settings } from './features/manifest.js';

export { COLOUR_SCHEMES, SETTINGS_SCHEMA, SPEECH_RATES, type ColourScheme, type Settings, type SpeechRate };

export type SettingKey = keyof Settings;

/** Every setting's default, from the features' schemas. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultsOf(SETTINGS_SCHEMA));

export const STORAGE_KEY = 'wza:settings:v1';

/** Keeps only known keys with values each setting's own schema accepts; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  return sanitize(SETTINGS_SCHEMA, raw);
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
