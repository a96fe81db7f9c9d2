// The read-aloud feature in a real Chromium with a minimal stand-in for
// speechSynthesis: what it tells captions over the bus, and how it cleans up.
import { expect } from '@open-wc/testing';
import { Bus } from '../../src/bus.js';
import { parseConfig } from '../../src/config.js';
import type { FeatureContext, FeatureInstance } from '../../src/features/feature.js';
import { readAloud } from '../../src/features/read-aloud/read-aloud.js';
import { speech } from '../../src/features/speech/speech.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { createPage } from '../../src/page/page.js';
import { createSpeechService } from '../../src/page/speech/hub.js';
import { SettingsStore } from '../../src/settings.js';
import * as ui from '../../src/lazy.js';
import * as readAloudPart from '../../src/features/read-aloud/read-aloud.part.js';
import { addMessages } from '../../src/core/messages.js';

// These features ride in the UI chunk, which brings their strings (as WzaApp does when it arrives).
addMessages(
  zhCN,
  ui.LATE_MESSAGES.map((m) => m['zh-CN']),
);

interface FakeUtterance {
  text: string;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
}

const spoken: string[] = [];
let current: FakeUtterance | null = null;
const synth = {
  getVoices: () => [{ name: 'cmn', lang: 'cmn', localService: true, default: false, voiceURI: 'cmn' }],
  speak(u: FakeUtterance) {
    spoken.push(u.text);
    current = u;
  },
  cancel() {
    current = null;
  },
  addEventListener() {},
  removeEventListener() {},
};
// As if the user had already clicked the page (the browser's rule for speaking).
Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: true, isActive: true }, configurable: true });
Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
Object.defineProperty(window, 'SpeechSynthesisUtterance', {
  value: class {
    text: string;
    onend = null;
    onerror = null;
    constructor(text: string) {
      this.text = text;
    }
  },
  configurable: true,
});

function finish() {
  const u = current;
  current = null;
  u?.onend?.();
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).to.equal(true);
}

function setup() {
  const page = createPage(document);
  const settings = new SettingsStore(null);
  const bus = new Bus();
  const ctx: FeatureContext = {
    page,
    settings,
    config: parseConfig({}, 'zh-CN', () => true),
    t: zhCN,
    bus,
    announce: (text) => bus.emit('announce', typeof text === 'function' ? text(zhCN) : text),
    requestRender: () => {},
    ui: async () => ui,
    part: (async (id: string) => {
      if (id !== 'read-aloud') throw new Error(`no part ${id} in this test`);
      return readAloudPart;
    }) as FeatureContext['part'],
    speech: createSpeechService({
      page,
      config: parseConfig({}, 'zh-CN', () => true),
      speechRate: () => settings.value.speechRate,
      messages: () => zhCN.speech,
      announce: (text) => bus.emit('announce', text),
      requestRender: () => {},
    }),
    actions: { reset() {}, exit() {}, toggleHelp() {}, openToolbar() {}, closeToolbar() {} },
  };
  const sound = speech.create(ctx);
  const reader = readAloud.create(ctx);
  // What the runtime does: apply when a feature turns on, undo when it turns off.
  const running = new Map<FeatureInstance, { undo(): void } | null>([
    [sound, null],
    [reader, null],
  ]);
  settings.subscribe((s) => {
    for (const [f, applied] of running) {
      if (f.isOn!(s) && !applied) running.set(f, f.apply!(s));
      if (!f.isOn!(s) && applied) {
        applied.undo();
        running.set(f, null);
      }
    }
  });
  const read = reader.controls!(settings.value).find((c) => c.key === 'read-aloud')!;
  return { ctx, settings, bus, reader, start: () => read.type === 'button' && read.activate() };
}

describe('read-aloud feature', () => {
  let article: HTMLElement;
  beforeEach(() => {
    spoken.length = 0;
    article = document.createElement('article');
    article.innerHTML = '<h1>标题</h1><p>第一句。第二句。</p>';
    document.body.append(article);
  });
  afterEach(() => article.remove());

  it('tells captions each sentence it reads, and "" when it stops', async () => {
    const { bus, settings, start } = setup();
    const heard: string[] = [];
    bus.on('reading', (text) => heard.push(text));
    start();
    await until(() => spoken.length === 1);
    expect(settings.value.sound).to.equal(true);
    finish();
    finish();
    await until(() => spoken.length === 3);
    expect(heard).to.deep.equal(['标题', '第一句。', '第二句。']);
    settings.set({ sound: false });
    expect(heard.at(-1)).to.equal('');
    expect(current).to.equal(null);
  });

  it('labels its button 连读 → 暂停 → 继续', async () => {
    const { reader, settings, start } = setup();
    const label = () => reader.controls!(settings.value).find((c) => c.key === 'read-aloud')!.label;
    expect(label()).to.equal('连读');
    start();
    await until(() => label() === '暂停');
    const read = reader.controls!(settings.value).find((c) => c.key === 'read-aloud')!;
    if (read.type === 'button') read.activate();
    expect(label()).to.equal('继续');
    settings.set({ sound: false });
    expect(label()).to.equal('连读');
  });
});
