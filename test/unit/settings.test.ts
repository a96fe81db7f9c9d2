import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, SettingsStore, STORAGE_KEY, type KeyValueStorage } from '../../src/settings.js';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const throwing: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
};

describe('SettingsStore', () => {
  it('starts from the defaults on a first visit', () => {
    expect(new SettingsStore(memoryStorage()).value).toEqual(DEFAULT_SETTINGS);
  });

  it('persists changes and restores them on the next page', () => {
    const storage = memoryStorage();
    new SettingsStore(storage).set({ care: true, textSize: 150, colours: 'black-yellow' });
    const next = new SettingsStore(storage);
    expect(next.value).toMatchObject({ care: true, textSize: 150, colours: 'black-yellow' });
  });

  it('works from memory when storage throws on every call', () => {
    const store = new SettingsStore(throwing);
    expect(store.persistent).toBe(false);
    store.set({ zoom: 150 });
    expect(store.value.zoom).toBe(150);
  });

  it('works from memory when there is no storage at all', () => {
    const store = new SettingsStore(null);
    store.set({ bigCursor: true });
    expect(store.value.bigCursor).toBe(true);
  });

  it('falls back to memory when saving starts failing (quota)', () => {
    const storage = memoryStorage();
    const store = new SettingsStore(storage);
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(() => store.set({ care: true })).not.toThrow();
    expect(store.value.care).toBe(true);
    expect(store.persistent).toBe(false);
  });

  it('ignores corrupt or hostile stored data', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"textSize": 9000, "colours": "<img onerror>", "care": "yes", "__proto__": {"x":1}}' });
    expect(new SettingsStore(storage).value).toEqual(DEFAULT_SETTINGS);
    expect(new SettingsStore(memoryStorage({ [STORAGE_KEY]: 'not json' })).value).toEqual(DEFAULT_SETTINGS);
  });

  it('tells subscribers which keys changed, once per change, and not for no-ops', () => {
    const store = new SettingsStore(memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ care: true, textSize: 125 });
    store.set({ care: true });
    expect(listener).toHaveBeenCalledTimes(1);
    expect([...listener.mock.calls[0]![1]].sort()).toEqual(['care', 'textSize']);
    unsubscribe();
    store.set({ care: false });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reset keeps the toolbar open unless asked to close it', () => {
    const store = new SettingsStore(memoryStorage());
    store.set({ toolbar: true, care: true, textSize: 175 });
    store.reset();
    expect(store.value).toEqual({ ...DEFAULT_SETTINGS, toolbar: true });
    store.reset(true);
    expect(store.value).toEqual(DEFAULT_SETTINGS);
  });
});

describe('sanitizeSettings', () => {
  it('keeps valid values and drops unknown keys', () => {
    const s = sanitizeSettings({ textSize: 175, speechRate: 'fast', extra: 1 });
    expect(s.textSize).toBe(175);
    expect(s.speechRate).toBe('fast');
    expect('extra' in s).toBe(false);
  });
});
