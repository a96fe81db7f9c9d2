/**
 * Whether the page has a skip link of its own ("跳到正文", "Skip to content"):
 * an in-page link among its first few links, named like one. Then Wza adds none.
 * Cheap: at most the first three links are looked at, once at start.
 */
import { documentOf } from './door-keys.js';
import type { Host } from './host.js';

const SKIP_NAME = /跳[到至过過转]|直达|skip|jump to|主要内容|main content/i;

export function hasOwnSkipLink(host: Host): boolean {
  const links = documentOf(host).body?.querySelectorAll('a[href]') ?? [];
  for (let i = 0; i < Math.min(3, links.length); i++) {
    const a = links[i]!;
    if (/^#./.test(a.getAttribute('href')!) && SKIP_NAME.test(`${a.textContent} ${a.getAttribute('aria-label') ?? ''}`)) return true;
  }
  return false;
}
