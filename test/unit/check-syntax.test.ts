/**
 * The build's syntax-floor check (scripts/check-syntax.mjs) fails on each construct
 * that ES2022 has and Chromium 86 lacks, and passes what the floor parses.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'wza-syntax-'));

function check(code: string): { ok: boolean; output: string } {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, code);
  try {
    return { ok: true, output: execFileSync(process.execPath, ['scripts/check-syntax.mjs', file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr) };
  }
}

describe('syntax floor check', () => {
  it('passes what Chromium 86 parses: class fields, private methods, ??=, ?.', () => {
    const result = check('class A { #x = 1; static y = 2; #m() { return this.#x; } z() { let a; a ??= this?.#m(); return a; } }');
    expect(result.output).toContain('parse on Chromium 86');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['class static block', 'class A { static { this.t = 1; } }', 'class static block'],
    ['#x in obj', 'class A { #x; static is(o) { return #x in o; } }', '`#x in obj`'],
    ['regex flag d', 'var r = /a/d;', 'regex flag d'],
    ['Array.prototype.at', 'var v = [1].at(-1);', 'Array/String.prototype.at'],
    ['optional-call of at', 'var v = list?.at(-1);', 'Array/String.prototype.at'],
    ['Object.hasOwn', 'var v = Object.hasOwn({}, "a");', 'Object.hasOwn'],
    ['structuredClone', 'var v = structuredClone({});', 'structuredClone'],
    ['newer than ES2022 (regex flag v)', 'var r = /[a]/v;', 'does not parse'],
  ])('fails on %s', (_name, code, message) => {
    const result = check(code);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });

  it('does not mistake a property or key named like a newer global', () => {
    expect(check('var o = { structuredClone: 1 }; o.structuredClone = 2;').ok).toBe(true);
  });
});
