// Issue 9: Wza on pages that reproduce the markup of real government CMS templates
// (test/pages/real-world/, described in test/pages/README.md). Every page is held to
// its truth file <name>.json: Wza starts, speaks the page's language, reads exactly
// the article, covers no link, and 退出 gives the page back exactly.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { en } from '../../src/i18n/en.js';
import type { Translation } from '../../src/i18n/translation.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { addMessages } from '../../src/core/messages.js';
import { LATE_MESSAGES } from '../../src/features/late-features.js';

// The strings of the features that ride in wza-ui.js arrive with it on the page; this test names their buttons too.
addMessages(
  zhCN,
  LATE_MESSAGES.map((m) => m['zh-CN']),
);
addMessages(
  en,
  LATE_MESSAGES.map((m) => m.en),
);
import { fakeSpeech, spoken, type Spoken } from './fake-speech.js';
import { differences, frames, fullSnapshot } from './page-helpers.js';

/** What a page's truth file says must hold. */
interface Truth {
  /** The CMS template the page reproduces. */
  cms: string;
  /** Selector of the article body on the page (what 连读 may read from). */
  article: string;
  uiLang: 'zh-CN' | 'en';
  speechLang: 'zh-CN' | 'en';
  title: string;
  /** First and last sentence of the body. */
  first: string;
  last: string;
  /** Body text that must be read (attachments, signatures). */
  mustRead?: string[];
  /** Text of the page that is never read aloud nor shown in 纯文本. */
  neverRead: string[];
  /** A page script owns window.wza: its type, which Wza must leave alone. */
  pageOwnsWza?: 'object' | 'function';
  /** The page's encoding as the browser reports it (document.characterSet), when not UTF-8. */
  charset?: string;
}

const DIR = new URL('../pages/real-world/', import.meta.url);
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => ({
    file,
    path: `/test/pages/real-world/${file}`,
    truth: JSON.parse(readFileSync(new URL(file.replace(/\.html$/, '.json'), DIR), 'utf8')) as Truth,
  }));

const TRANSLATIONS: Record<Truth['uiLang'], Translation> = { 'zh-CN': zhCN, en };
/** The fake engine's voice for each reading language (fake-speech.ts DEFAULT_VOICES). */
const VOICES: Record<Truth['speechLang'], { voice: string; langs: RegExp; maxLength: number }> = {
  'zh-CN': { voice: 'Chinese (Mandarin)', langs: /^(zh|cmn)\b/i, maxLength: 40 },
  en: { voice: 'English (America)', langs: /^en\b/i, maxLength: 160 },
};

/** Text without white space: how spoken pieces and page text are compared. */
const bare = (s: string) => s.replace(/\s+/g, '');
const starts = (name: string) => new RegExp(`^${name}`);

/** Console errors and uncaught exceptions of the page. */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/** Opens a corpus page as a visitor would (the script tag is on it); Wza mounts at DOMContentLoaded. */
async function openCorpusPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await frames(page);
}

const launcher = (page: Page) => page.locator('wza-launcher');
const toolbarOf = (page: Page, t: Translation) => page.getByRole('toolbar', { name: starts(t.toolbar.name) });
const control = (page: Page, t: Translation, name: string) => toolbarOf(page, t).getByRole('button', { name: starts(name) });

async function openToolbar(page: Page, t: Translation): Promise<void> {
  await launcher(page)
    .getByRole('button', { name: starts(t.launcher.toolbar) })
    .click();
  await expect(toolbarOf(page, t)).toBeVisible();
}

/** 连读 from start to end with the fake engine speaking every utterance at once; what was said. */
async function readAloud(page: Page, t: Translation): Promise<Spoken[]> {
  await control(page, t, t.controls.readAloud).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  // Back to 连读 when the article has been read to its end.
  await expect(control(page, t, t.controls.readAloud)).toBeVisible({ timeout: 20_000 });
  return spoken(page);
}

/**
 * The links (a elements, with or without href) a user can click: each scrolled to the
 * middle of the viewport and hit-tested at its centre. Returns their indexes and texts.
 */
function clickableLinks(page: Page): Promise<{ index: number; text: string }[]> {
  return page.evaluate(() => {
    const out: { index: number; text: string }[] = [];
    const links = [...document.querySelectorAll('a')];
    for (const [index, a] of links.entries()) {
      if (a.getClientRects().length === 0) continue;
      a.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = a.getClientRects()[0]!;
      if (r.width < 1 || r.height < 1) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && (hit === a || a.contains(hit)))
        out.push({ index, text: (a.textContent ?? '').trim() || a.title || a.outerHTML.slice(0, 60) });
    }
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    return out;
  });
}

// A control that never appears (Wza did not start, or speaks another language) fails the test in seconds, not at its timeout.
test.use({ actionTimeout: 10_000 });

for (const { file, path, truth } of PAGES) {
  const t = TRANSLATIONS[truth.uiLang];
  const voice = VOICES[truth.speechLang];

  test.describe(`real-world ${file}`, () => {
    test('Wza starts: the launcher is on the page and opens the toolbar, without any console error', async ({ page }) => {
      const errors = trackErrors(page);
      await openCorpusPage(page, path);
      if (truth.charset) {
        // The page really is decoded as GB2312/GBK, and the shipped script comes without a charset (as standard servers send it).
        expect(await page.evaluate(() => document.characterSet)).toBe(truth.charset);
        const script = await page.request.get('/dist/wza.js');
        expect(script.headers()['content-type']).toBe('text/javascript');
      }
      await expect(launcher(page)).toHaveCount(1);
      await launcher(page)
        .getByRole('button', { name: /^(无障碍|Accessibility)/ })
        .click();
      await expect(page.getByRole('toolbar', { name: /^(无障碍工具栏|Accessibility toolbar)/ })).toBeVisible();
      if (truth.pageOwnsWza) {
        // The page's own window.wza is left alone.
        expect(await page.evaluate(() => typeof (window as unknown as { wza: unknown }).wza)).toBe(truth.pageOwnsWza);
        if (truth.pageOwnsWza === 'object')
          expect(await page.evaluate(() => (window as unknown as { wza: { version?: string } }).wza.version)).toBe('site-1.2');
      }
      expect(errors).toEqual([]);
    });

    test(`UI in ${truth.uiLang}: launcher and toolbar names`, async ({ page }) => {
      await openCorpusPage(page, path);
      await expect(launcher(page).getByRole('button', { name: starts(t.launcher.care) })).toBeVisible();
      await expect(launcher(page).getByRole('button', { name: starts(t.launcher.toolbar) })).toBeVisible();
      await openToolbar(page, t);
      await expect(control(page, t, t.controls.readAloud)).toBeVisible();
      await expect(control(page, t, t.controls.exit)).toBeVisible();
    });

    test(`连读 reads the title and exactly the article body, in ${truth.speechLang}`, async ({ page }) => {
      await fakeSpeech(page);
      await openCorpusPage(page, path);
      await openToolbar(page, t);
      const log = await readAloud(page, t);
      const joined = bare(log.map((u) => u.text).join(''));
      const withSpaces = log.map((u) => u.text).join(' ');
      // Title first, then the body from its first sentence to its last.
      expect(joined.slice(0, bare(truth.title).length), 'title first').toBe(bare(truth.title));
      const body = joined.slice(bare(truth.title).length);
      expect(body.slice(0, bare(truth.first).length), 'first sentence of the body').toBe(bare(truth.first));
      expect(body.slice(-bare(truth.last).length), 'last sentence of the body').toBe(bare(truth.last));
      for (const text of truth.mustRead ?? []) expect(body, `reads "${text}"`).toContain(bare(text));
      for (const text of truth.neverRead) {
        // Chinese is compared without spaces (an utterance may end inside it); English as spoken.
        if (/[a-z]/i.test(text)) expect(withSpaces, `never reads "${text}"`).not.toContain(text);
        else expect(joined, `never reads "${text}"`).not.toContain(bare(text));
      }
      // Everything after the title comes from the article, in document order.
      const article = bare(
        await page
          .locator(truth.article)
          .first()
          .evaluate((el) => el.textContent ?? ''),
      );
      let from = 0;
      let titleLeft = bare(truth.title).length;
      for (const u of log) {
        const piece = bare(u.text);
        if (titleLeft > 0) {
          titleLeft -= piece.length;
          continue;
        }
        const at = article.indexOf(piece, from);
        expect(at, `"${u.text}" is article text, after what was read before`).toBeGreaterThanOrEqual(0);
        from = at + piece.length;
      }
      // Every utterance in the page's language, with a voice for it, short enough for Chrome's voices.
      for (const u of log) {
        expect(u.lang, `lang of "${u.text}"`).toMatch(voice.langs);
        expect(u.voice, `voice of "${u.text}"`).toBe(voice.voice);
        expect(u.text.length).toBeLessThanOrEqual(voice.maxLength);
      }
    });

    test('纯文本 shows the same article: title, body from first to last sentence, none of the page chrome', async ({ page }) => {
      await openCorpusPage(page, path);
      await openToolbar(page, t);
      await control(page, t, t.controls.textOnly).click();
      const reader = page.locator('wza-reader');
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(truth.title);
      const body = bare(
        await reader.evaluate((el) =>
          [...(el.shadowRoot?.querySelector('article')?.children ?? [])]
            .filter((c) => c.localName !== 'h1' && !c.classList.contains('byline'))
            .map((c) => c.textContent ?? '')
            .join('\n'),
        ),
      );
      expect(body.slice(0, bare(truth.first).length), 'first sentence').toBe(bare(truth.first));
      expect(body.slice(-bare(truth.last).length), 'last sentence').toBe(bare(truth.last));
      for (const text of truth.mustRead ?? []) expect(body).toContain(bare(text));
      for (const text of truth.neverRead) expect(body, `never shows "${text}"`).not.toContain(bare(text));
    });

    test('every link clickable before is still clickable with the toolbar open and with 大字幕 on', async ({ page }) => {
      await openCorpusPage(page, path);
      const before = await clickableLinks(page);
      expect(before.length, 'the page has links a user can click').toBeGreaterThan(5);
      const lost = async () => {
        const now = new Set((await clickableLinks(page)).map((l) => l.index));
        return before.filter((l) => !now.has(l.index)).map((l) => l.text);
      };
      await openToolbar(page, t);
      await frames(page);
      expect(await lost(), 'links covered with the toolbar open').toEqual([]);
      await control(page, t, t.controls.captions).click();
      await expect(control(page, t, t.controls.captions)).toHaveAttribute('aria-pressed', 'true');
      await frames(page);
      expect(await lost(), 'links covered with the toolbar and 大字幕 on').toEqual([]);
    });

    test('every feature on, then 退出: the page is exactly as before, no console error', async ({ page }) => {
      const errors = trackErrors(page);
      await fakeSpeech(page);
      await openCorpusPage(page, path);
      const before = await fullSnapshot(page);
      await openToolbar(page, t);
      await control(page, t, t.controls.textLarger).click();
      await control(page, t, t.controls.textLarger).click(); // 150 %
      await control(page, t, t.controls.zoomIn).click();
      for (const scheme of ['black-white', 'black-yellow', 'blue-white', 'yellow-black'] as const) {
        await control(page, t, t.controls.colours).click();
        await page.getByRole('menuitemradio', { name: t.colourSchemes[scheme] }).click();
      }
      for (const name of [t.controls.bigCursor, t.controls.crosshair, t.controls.magnifier, t.controls.captions]) {
        await control(page, t, name).click();
        await expect(control(page, t, name)).toHaveAttribute('aria-pressed', 'true');
      }
      await launcher(page)
        .getByRole('button', { name: starts(t.launcher.care) })
        .click();
      await expect(launcher(page).getByRole('button', { name: starts(t.launcher.care) })).toHaveAttribute('aria-pressed', 'true');
      await page.mouse.move(400, 300, { steps: 4 }); // the pointer aids do their work
      await control(page, t, t.controls.readAloud).click();
      await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
      await control(page, t, t.controls.textOnly).click();
      await expect(page.locator('wza-reader').getByRole('heading', { level: 1 })).toBeVisible();
      await frames(page);
      expect(differences(before, await fullSnapshot(page)).length, 'everything on changes the page').toBeGreaterThan(0);
      await control(page, t, t.controls.exit).click();
      await expect(toolbarOf(page, t)).toHaveCount(0);
      await frames(page);
      expect(differences(before, await fullSnapshot(page)), '退出').toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
