// Issue 12, 发音人 (voice choice): where the browser has more than one voice for the page's language, a menu
// lets the user pick one; the next utterance uses it, a reload keeps it, and a voice that disappears
// (voiceschanged) falls back to the best fit with speech still working and nothing thrown.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, MANY_ZH_VOICES, removeVoice, spoken } from './fake-speech.js';
import { openPage, openToolbar, toolbar, WCAG_TAGS } from './helpers.js';

const YUNXI = 'Yunxi (zh-CN)';

function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const voiceButton = (page: Page) => toolbar(page).getByRole('button', { name: /^发音人/ });

/** The voices of what 连读 says next: starts reading, waits for a few utterances, stops. */
async function readAloudVoices(page: Page): Promise<(string | null)[]> {
  const from = (await spoken(page)).length;
  await toolbar(page).getByRole('button', { name: /^连读/ }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(from + 2);
  await toolbar(page).getByRole('button', { name: /^停止/ }).click();
  return (await spoken(page)).slice(from).map((u) => u.voice);
}

test.describe('发音人 (voice choice)', () => {
  test('pick a voice: the next utterance uses it, a reload keeps it, and when it disappears speech falls back to the default', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page, { voices: MANY_ZH_VOICES });
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await voiceButton(page).click();
    const items = page.getByRole('menuitemradio');
    // 默认 first, then the Mandarin voices; the English one does not speak this page's language.
    await expect(items).toHaveText(['默认', 'Chinese (Mandarin)', 'Xiaoxiao (zh-CN)', YUNXI]);
    await expect(page.getByRole('menuitemradio', { name: '默认' })).toHaveAttribute('aria-checked', 'true');
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('wza-toolbar').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // With 声音 on, the choice is said in the voice just chosen.
    await page.keyboard.press('Escape');
    await toolbar(page).getByRole('button', { name: /^声音/ }).click();
    await voiceButton(page).click();
    await page.getByRole('menuitemradio', { name: YUNXI }).click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText(`发音人已切换为${YUNXI}`);
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(`发音人已切换为${YUNXI}`);
    expect((await spoken(page)).at(-1)!.voice).toBe(YUNXI);
    expect(new Set(await readAloudVoices(page))).toEqual(new Set([YUNXI]));

    await page.reload();
    await page.waitForFunction(() => 'wza' in window && document.readyState !== 'loading');
    expect(await page.evaluate(() => window.wza.settings.voice)).toBe(YUNXI);
    if (!(await toolbar(page).count())) await openToolbar(page);
    await voiceButton(page).click();
    await expect(page.getByRole('menuitemradio', { name: YUNXI })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    expect(new Set(await readAloudVoices(page))).toEqual(new Set([YUNXI]));

    // The voice goes away: the menu shows 默认 again, and speech goes on with the best fit.
    await removeVoice(page, YUNXI);
    await voiceButton(page).click();
    await expect(items).toHaveText(['默认', 'Chinese (Mandarin)', 'Xiaoxiao (zh-CN)']);
    await expect(page.getByRole('menuitemradio', { name: '默认' })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    const after = await readAloudVoices(page);
    expect(after.length).toBeGreaterThan(2);
    expect(new Set(after)).toEqual(new Set(['Chinese (Mandarin)']));
    expect(errors).toEqual([]);

    // 重置 goes back to the default voice.
    await page.evaluate(() => window.wza.reset());
    expect(await page.evaluate(() => window.wza.settings.voice)).toBe('');
  });

  test('one voice for the language: nothing to choose, no 发音人 control', async ({ page }) => {
    await fakeSpeech(page); // one Mandarin voice, one English
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await expect(toolbar(page).getByRole('button', { name: /^语速/ })).toBeVisible();
    await expect(voiceButton(page)).toHaveCount(0);
  });

  test('voices that arrive late (as in Chrome) bring the control; English UI names it Voice', async ({ page }) => {
    await fakeSpeech(page, {
      voices: [
        { name: 'Alex', lang: 'en-US' },
        { name: 'Daniel', lang: 'en-GB' },
      ],
      voicesLater: true,
    });
    await openPage(page, '/demo/english.html');
    await openToolbar(page);
    const voice = toolbar(page).getByRole('button', { name: /^Voice/ });
    await expect(voice).toHaveCount(0);
    await page.evaluate(() => (window as unknown as { __tts: { loadVoices(): void } }).__tts.loadVoices());
    await voice.click();
    await expect(page.getByRole('menuitemradio')).toHaveText(['Default', 'Alex', 'Daniel']);
    await page.getByRole('menuitemradio', { name: 'Daniel' }).click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('Voice: Daniel');
  });

  test('a stored voice name that is not a string is refused with one warning, and the default is used', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await fakeSpeech(page, { voices: MANY_ZH_VOICES });
    await openPage(page, '/demo/index.html');
    await page.evaluate(() => (window.wza.set as (p: unknown) => void)({ voice: 42 }));
    expect(await page.evaluate(() => window.wza.settings.voice)).toBe('');
    expect(warnings.filter((w) => w.includes('voice'))).toHaveLength(1);
  });
});
