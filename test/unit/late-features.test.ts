import { describe, expect, it } from 'vitest';
import type { Feature, FeatureContext, LateFeature } from '../../src/features/feature.js';
import { FEATURES } from '../../src/features/index.js';
import { FEATURE_IDS, FEATURE_MANIFEST } from '../../src/features/manifest.js';
import { addMessages } from '../../src/core/messages.js';
import { LATE_FEATURES, LATE_MESSAGES } from '../../src/features/late-features.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { DEFAULT_SETTINGS, SettingsStore } from '../../src/settings.js';

// What the UI chunk does when it arrives: the late features' strings join the translations.
addMessages(
  zhCN,
  LATE_MESSAGES.map((m) => m['zh-CN']),
);
addMessages(
  en,
  LATE_MESSAGES.map((m) => m.en),
);

/** Enough of a runtime to make a feature and read its shortcuts (nothing runs on a page). */
const ctx = new Proxy({ t: zhCN, settings: new SettingsStore(null) } as unknown as FeatureContext, {
  get: (target, key) => (key in target ? target[key as keyof FeatureContext] : () => undefined),
});
const lateEntries = FEATURES.filter((f): f is LateFeature => 'late' in f && f.late !== undefined);

describe('late features (their code rides in the UI chunk)', () => {
  it('the start-up entries make page changes only: every control and every key press is code from the UI chunk', () => {
    const startEntries = FEATURES.filter((f) => 'create' in f);
    expect(startEntries.length).toBeGreaterThan(5);
    for (const entry of startEntries) {
      const made = (entry as Feature).create(ctx);
      // Region jumps keep their keys at start: a jump loads its own part, not the UI chunk.
      if (entry.id === 'regions') continue;
      expect(made.controls, entry.id).toBeUndefined();
      expect(made.shortcuts, entry.id).toBeUndefined();
    }
  });

  it('every late entry has its code in LATE_FEATURES, and nothing else is there', () => {
    expect(LATE_FEATURES.map((f) => f.id).sort()).toEqual(lateEntries.map((f) => f.id).sort());
  });

  it("each late entry's keys are exactly its feature's shortcuts, so the table checked at start is the real one", () => {
    for (const entry of lateEntries) {
      const feature = LATE_FEATURES.find((f) => f.id === entry.id)!;
      const codes = (feature.create(ctx).shortcuts ?? []).map((s) => s.code);
      expect(codes, entry.id).toEqual([...entry.late.keys]);
    }
  });

  it("every feature's strings reach the translation: from the start-up entry, or with its code in the UI chunk", () => {
    for (const id of FEATURE_IDS) {
      const atStart = (FEATURE_MANIFEST[id].messages as unknown) !== undefined;
      const late = LATE_FEATURES.find((f) => f.id === id)?.messages;
      expect(atStart || late !== undefined, id).toBe(true);
    }
  });

  it('their strings arrive with the UI chunk, in both languages, and adding them twice (a second widget) is no clash', () => {
    expect(zhCN.controls.captions).toBe('大字幕');
    expect(en.speech.failed).toBe('Reading failed, please try again later');
    expect(() =>
      addMessages(
        zhCN,
        LATE_MESSAGES.map((m) => m['zh-CN']),
      ),
    ).not.toThrow();
    expect(() => addMessages(zhCN, [{ controls: { captions: '别的' } }])).toThrow(/controls.captions/);
  });

  it('a late feature is not needed with the default settings (a page view loads no UI chunk)', () => {
    for (const entry of lateEntries) expect(entry.late.isOn?.(DEFAULT_SETTINGS) ?? false, entry.id).toBe(false);
  });
});
