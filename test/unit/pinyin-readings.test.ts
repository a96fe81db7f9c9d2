// How the captions and the magnifier get 拼音: the part is asked for by name on first need only,
// answers are kept per text, and a page whose data-features leaves 拼音 out never shows any.
import { describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config.js';
import type { FeatureContext } from '../../src/features/feature.js';
import { pinyinReadings } from '../../src/features/pinyin-readings.js';
import * as part from '../../src/features/pinyin/pinyin.part.js';
import { SettingsStore } from '../../src/settings.js';

function context(features?: string, load: () => Promise<typeof part> = () => Promise.resolve(part)) {
  const settings = new SettingsStore(null);
  const loads = vi.fn(load);
  const ctx = { settings, config: parseConfig(features ? { features } : {}, 'zh-CN', () => true), part: loads } as unknown as Pick<
    FeatureContext,
    'settings' | 'part' | 'config'
  >;
  return { ctx, settings, loads };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('pinyinReadings', () => {
  it('asks for the part only once 拼音 is on and text needs it, then reads in context', async () => {
    const { ctx, settings, loads } = context();
    const changed = vi.fn();
    const readings = pinyinReadings(ctx, changed);
    expect(readings.of('银行')).toBeNull();
    settings.set({ pinyin: true });
    expect(changed).toHaveBeenLastCalledWith(true);
    expect(loads).not.toHaveBeenCalled();
    expect(readings.of('银行')).toBeNull(); // not there yet: plain text meanwhile
    expect(readings.of('行走')).toBeNull();
    expect(loads).toHaveBeenCalledTimes(1);
    await tick();
    expect(changed).toHaveBeenCalledTimes(2); // the part arrived: the aid renders again
    expect(readings.of('银行')?.map((s) => s.ruby)).toEqual(['yín', 'háng']);
    // The same text gets the very same segments (the element renders nothing new).
    expect(readings.of('银行')).toBe(readings.of('银行'));
    expect(readings.of('')).toBeNull();
    settings.set({ pinyin: false });
    expect(changed).toHaveBeenLastCalledWith(false);
    expect(readings.of('银行')).toBeNull();
    readings.stop();
    settings.set({ pinyin: true });
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('shows none where data-features leaves 拼音 out, whatever the settings say', async () => {
    const { ctx, settings, loads } = context('captions,magnifier');
    settings.set({ pinyin: true });
    const readings = pinyinReadings(ctx, () => {});
    expect(readings.on()).toBe(false);
    expect(readings.of('银行')).toBeNull();
    await tick();
    expect(readings.of('银行')).toBeNull();
    expect(loads).not.toHaveBeenCalled();
  });

  it('a part that cannot load warns once, leaves plain text, and is tried again after 拼音 is turned off and on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const { ctx, settings, loads } = context(undefined, () => (fail ? Promise.reject(new Error('404')) : Promise.resolve(part)));
    const readings = pinyinReadings(ctx, () => {});
    settings.set({ pinyin: true });
    expect(readings.of('银行')).toBeNull();
    await tick();
    expect(readings.of('银行')).toBeNull();
    expect(loads).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    fail = false;
    settings.set({ pinyin: false });
    settings.set({ pinyin: true });
    expect(readings.of('银行')).toBeNull();
    await tick();
    expect(readings.of('银行')?.map((s) => s.ruby)).toEqual(['yín', 'háng']);
    expect(loads).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
