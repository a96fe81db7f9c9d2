import { describe, expect, it } from 'vitest';
import { checkPatch, defaultsOf, describeSpec, sanitize, text, type SettingsOf } from '../../src/core/schema.js';

const schema = { voice: text('', 10) };

describe('text settings (src/core/schema.ts)', () => {
  it('has its default and types its value as a string', () => {
    const d: SettingsOf<typeof schema> = defaultsOf(schema);
    const name: string = d.voice; // compiles only if the value type is string
    expect(name).toBe('');
  });

  it('accepts any string up to its length, nothing else', () => {
    expect(sanitize(schema, { voice: 'Xiaoxiao' }).voice).toBe('Xiaoxiao');
    expect(sanitize(schema, { voice: '' }).voice).toBe('');
    expect(sanitize(schema, { voice: 'x'.repeat(11) }).voice).toBe('');
    for (const bad of [1, true, null, ['a'], { name: 'a' }]) expect(sanitize(schema, { voice: bad }).voice, String(bad)).toBe('');
  });

  it('says what it accepts when a patch is rejected', () => {
    const { good, bad } = checkPatch(schema, { voice: 42 });
    expect(good).toEqual({});
    expect(bad[0]!.reason).toBe('a string of at most 10 characters');
    expect(describeSpec(schema.voice)).toBe('a string of at most 10 characters');
  });
});
