// The REAL Web Speech API in Chromium: speech-dispatcher + espeak-ng through
// pulseaudio (installed by .ci/run). Proves a short Chinese article is read to
// its end — the last utterance's `end` event fires — with an espeak voice
// labelled `cmn`.
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the test runner config
import { launchOptions } from '../browsers.mjs';
import { openPage, openToolbar, toolbar } from './helpers.js';

const options = launchOptions as { args: string[] };
test.use({ launchOptions: { ...options, args: [...options.args, '--enable-speech-dispatcher'] } });

test.beforeAll(() => {
  // Without a running sound server speech-dispatcher never reports the end of an utterance.
  if (spawnSync('pulseaudio', ['--check']).status !== 0) {
    const started = spawnSync('pulseaudio', ['-D', '--exit-idle-time=-1'], { encoding: 'utf8' });
    if (started.error) throw new Error(`pulseaudio could not start: ${started.error.message}`);
  }
});

test('real speech: a Chinese article is read through to the end of its last utterance', async ({ page }) => {
  test.setTimeout(120_000);
  // Record the real utterances' events (listeners added beside the widget's own handlers).
  await page.addInitScript(() => {
    const events: string[] = [];
    Object.defineProperty(window, '__realSpeech', { value: events });
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      u.addEventListener('start', () => events.push(`start:${u.text}:${u.voice?.lang ?? ''}`));
      u.addEventListener('end', () => events.push(`end:${u.text}`));
      u.addEventListener('error', (e) => events.push(`error:${u.text}:${(e as SpeechSynthesisErrorEvent).error}`));
      speak(u);
    };
  });
  await openPage(page, '/test/pages/speech-short.html');
  // Voices arrive 1–2 s after start-up; the controls enable themselves then.
  await page.waitForFunction(() => speechSynthesis.getVoices().some((v) => /^(cmn|zh)\b/i.test(v.lang)), null, { timeout: 30_000 });
  await openToolbar(page);
  const readAloud = toolbar(page).getByRole('button', { name: /^连读/ });
  await expect(readAloud).not.toHaveAttribute('aria-disabled', 'true');
  await readAloud.click();
  await expect(toolbar(page).getByRole('button', { name: /^暂停/ })).toBeVisible();
  // Back to 连读 only after the last utterance ended.
  await expect(readAloud).toBeVisible({ timeout: 90_000 });
  const events: string[] = await page.evaluate(() => (window as unknown as { __realSpeech: string[] }).__realSpeech.slice());
  expect(events.filter((e) => e.startsWith('error:'))).toEqual([]);
  expect(events.filter((e) => e.startsWith('end:'))).toEqual(['end:天气预报', 'end:今天晴。', 'end:明天多云。']);
  expect(events[0]).toMatch(/^start:天气预报:(cmn|zh)/);
});
