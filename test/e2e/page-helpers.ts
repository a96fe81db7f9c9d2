// Steps shared by the page-transformation specs: the test pages, a full snapshot of
// what a page is (DOM + every computed style), and waiting for a style change to land.
import type { Locator, Page } from '@playwright/test';
import { openPage } from './helpers.js';

/** The test pages of SPEC §7 / issue 3, with the selector of their article. */
export const TEST_PAGES = [
  { name: 'demo article', path: '/demo/index.html', article: '#zoom' },
  { name: 'legacy table layout', path: '/test/pages/legacy-table.html', article: '#zoom' },
  { name: 'hostile CSS', path: '/test/pages/hostile.html', article: '#main' },
  { name: 'late content', path: '/test/pages/late.html', article: '#article' },
  { name: 'strict CSP', path: '/test/pages/csp-page.html', article: '#zoom' },
] as const;

/** Opens a test page and waits for its content (the late page's article arrives after 0.5 s). */
export async function openTestPage(page: Page, path: string): Promise<void> {
  await openPage(page, path);
  if (path.includes('late')) await page.waitForSelector('#article[data-loaded="0"]');
}

/** Two animation frames: styles from a settings change are applied and painted. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Everything "restored exactly" promises: the DOM with attributes and inline styles
 * (outerHTML without the widget's wza-* elements) and every computed style of every
 * element, pseudo-elements ::before/::after included.
 */
export async function fullSnapshot(page: Page): Promise<{ dom: string; styles: string[] }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('*').forEach((el) => {
      if (el.localName.startsWith('wza-')) el.remove();
    });
    // A running animation (a blinking badge) changes its properties by itself over time: those are not compared.
    const animated = new Map<Element, Set<string>>();
    for (const a of document.getAnimations()) {
      const effect = a.effect as KeyframeEffect | null;
      if (!effect?.target) continue;
      const props = animated.get(effect.target) ?? new Set<string>();
      for (const frame of effect.getKeyframes())
        for (const k of Object.keys(frame)) props.add(k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
      animated.set(effect.target, props);
    }
    const styles: string[] = [];
    // Not the widget's elements, nor what they hold (the <style>s of <wza-styles> where constructable sheets are missing).
    const all = [document.documentElement, ...document.documentElement.querySelectorAll('*')];
    const ours = new Set(all.filter((el) => el.localName.startsWith('wza-')).flatMap((el) => [el, ...el.querySelectorAll('*')]));
    const els = all.filter((el) => !ours.has(el));
    for (const [i, el] of els.entries()) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const parts: string[] = [];
        for (let k = 0; k < cs.length; k++) {
          const prop = cs[k]!;
          if (!pseudo && animated.get(el)?.has(prop)) continue;
          parts.push(`${prop}:${cs.getPropertyValue(prop)}`);
        }
        styles.push(`${i} ${el.localName}${pseudo ?? ''} ${parts.join(';')}`);
      }
    }
    return { dom: clone.outerHTML, styles };
  });
}

/** The entries of two snapshots that differ, for a readable failure. */
export function differences(a: { dom: string; styles: string[] }, b: { dom: string; styles: string[] }): string[] {
  const out: string[] = [];
  if (a.dom !== b.dom) out.push('DOM differs');
  const n = Math.max(a.styles.length, b.styles.length);
  for (let i = 0; i < n && out.length < 5; i++) {
    if (a.styles[i] === b.styles[i]) continue;
    const pa = new Set((a.styles[i] ?? '').split(';'));
    const diff = (b.styles[i] ?? '').split(';').filter((p) => !pa.has(p));
    out.push(`${(b.styles[i] ?? a.styles[i] ?? '').split(' ').slice(0, 2).join(' ')}: ${diff.slice(0, 4).join('; ')}`);
  }
  return out;
}

/** The computed font size of the element, as CSS says it ("24px"). */
export function fontSize(element: Locator): Promise<string> {
  return element.evaluate((e) => getComputedStyle(e).fontSize);
}

/** The computed font size of the element in px. */
export async function fontSizePx(element: Locator): Promise<number> {
  return parseFloat(await fontSize(element));
}

/**
 * The page's links a user can click now: each is scrolled into view (instantly) and
 * hit-tested at its centre; a link counts when the topmost element there is the link or
 * inside it. Returns their hrefs (or texts); the scroll position is restored.
 */
export async function clickableLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const x = scrollX;
    const y = scrollY;
    const out: string[] = [];
    for (const a of document.querySelectorAll('body a')) {
      const first = a.getClientRects()[0];
      if (!first || first.width === 0 || first.height === 0) continue;
      a.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const r = a.getClientRects()[0]!;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && (hit === a || a.contains(hit))) out.push(a.getAttribute('href') ?? a.textContent?.trim() ?? '');
    }
    scrollTo({ left: x, top: y, behavior: 'instant' });
    return out;
  });
}
