/**
 * The shape of the public JS API, as types only: the events (events.ts) carry
 * it and the API (api.ts) builds it, and neither needs to import the other.
 */
import type { Config } from './config.js';
import type { SettingKey, Settings } from './settings.js';

export type ChangeListener = (settings: Readonly<Settings>, changed: readonly SettingKey[]) => void;

export interface WzaApi {
  readonly version: string;
  readonly config: Readonly<Config>;
  readonly settings: Readonly<Settings>;
  open(): void;
  close(): void;
  toggle(): void;
  /** 关怀版 on (true), off (false) or toggled (no argument); anything else warns and is ignored. */
  care(on?: boolean): void;
  /** Applies the valid entries of the patch; each unknown key or bad value warns once and is ignored. */
  set(patch: Partial<Settings>): void;
  reset(): void;
  exit(): void;
  subscribe(listener: ChangeListener): () => void;
  destroy(): void;
}
