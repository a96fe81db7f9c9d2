/**
 * Settings as data: each setting says its default and what values it takes
 * (a boolean, a number in its own range, one of a list, or a short text). From these the
 * runtime derives the `Settings` type, the defaults, the sanitizer of stored
 * settings and the validator of the JS API. Pure: imports nothing.
 */

export interface BooleanSetting {
  readonly type: 'boolean';
  readonly default: boolean;
}

export interface NumberSetting {
  readonly type: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface OneOfSetting<V extends string = string> {
  readonly type: 'one-of';
  readonly default: V;
  readonly values: readonly V[];
}

/** Free text up to a length: for what only the browser knows at run time (a voice's name). */
export interface TextSetting {
  readonly type: 'text';
  readonly default: string;
  readonly maxLength: number;
}

export type SettingSpec = BooleanSetting | NumberSetting | OneOfSetting | TextSetting;

/** A feature's settings: key → spec. */
export type SettingsSchema = Readonly<Record<string, SettingSpec>>;

export const boolean = (def = false): BooleanSetting => ({ type: 'boolean', default: def });
export const number = (def: number, min: number, max: number): NumberSetting => ({ type: 'number', default: def, min, max });
export const oneOf = <V extends string>(values: readonly V[], def: V): OneOfSetting<V> => ({ type: 'one-of', default: def, values });
export const text = (def: string, maxLength: number): TextSetting => ({ type: 'text', default: def, maxLength });

/** The value type a spec describes. */
export type ValueOf<S> = S extends BooleanSetting
  ? boolean
  : S extends NumberSetting
    ? number
    : S extends OneOfSetting<infer V>
      ? V
      : S extends TextSetting
        ? string
        : never;

/** The settings object a schema describes (mutable, like a patch target). */
export type SettingsOf<S> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Whether `value` is one this spec accepts. */
export function accepts(spec: SettingSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && value >= spec.min && value <= spec.max; // NaN fails both
    case 'one-of':
      return (spec.values as readonly unknown[]).includes(value);
    case 'text':
      return typeof value === 'string' && value.length <= spec.maxLength;
  }
}

/** What a spec accepts, in words, for a warning: `a number from 100 to 200`. */
export function describeSpec(spec: SettingSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'true or false';
    case 'number':
      return `a number from ${spec.min} to ${spec.max}`;
    case 'one-of':
      return spec.values.map((v) => `"${v}"`).join(', ');
    case 'text':
      return `a string of at most ${spec.maxLength} characters`;
  }
}

export function defaultsOf<S extends SettingsSchema>(schema: S): SettingsOf<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) out[key] = schema[key]!.default;
  return out as SettingsOf<S>;
}

/** Every known key with an accepted value, else its default; unknown keys are dropped. */
export function sanitize<S extends SettingsSchema>(schema: S, raw: unknown): SettingsOf<S> {
  return { ...defaultsOf(schema), ...checkPatch(schema, raw).good };
}

/** A rejected entry of a patch: the key, the value, and why. */
export interface Rejected {
  key: string;
  value: unknown;
  reason: string;
}

/** Splits a patch into the entries the schema accepts and the ones it rejects (unknown key, bad value). */
export function checkPatch<S extends SettingsSchema>(schema: S, patch: unknown): { good: Partial<SettingsOf<S>>; bad: Rejected[] } {
  const good: Record<string, unknown> = {};
  const bad: Rejected[] = [];
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
    bad.push({ key: '', value: patch, reason: 'an object' });
    return { good: good as Partial<SettingsOf<S>>, bad };
  }
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    const spec = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    if (!spec) bad.push({ key, value, reason: Object.keys(schema).join(', ') });
    else if (accepts(spec, value)) good[key] = value;
    else bad.push({ key, value, reason: describeSpec(spec) });
  }
  return { good: good as Partial<SettingsOf<S>>, bad };
}

/** Fails loudly when two schemas name one key: the settings object would silently merge them. */
export function checkSettingKeys(owners: readonly { id: string; settings?: SettingsSchema }[]): void {
  const ownerOf: Record<string, string> = {};
  for (const { id, settings } of owners) {
    for (const key of Object.keys(settings ?? {})) {
      if (ownerOf[key]) throw new Error(`[wza] setting "${key}" twice: ${ownerOf[key]}, ${id}`);
      ownerOf[key] = id;
    }
  }
}
