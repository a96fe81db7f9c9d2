/**
 * 纯文本 at work (loaded with the UI chunk): find the article (the module
 * read-aloud uses), read it as text, hide the page's body and show the view in
 * its place; the undo puts the page back where it was scrolled and focus back
 * where it was.
 */
import { pageArticle, readArticle } from '../../page/article-text.js';
import type { Undo } from '../../page/host.js';
import { hideBody } from '../../page/text-only-page.js';
import type { Translation } from '../../i18n/index.js';
import type { FeatureContext } from '../feature.js';
import { readerFontSize, type ReaderDoc } from '../../core/reader-doc.js';

/** What the feature sets on its view; ui/wza-reader.ts implements it (features do not import ui/). */
export interface ReaderView extends HTMLElement {
  t: Translation;
  doc: ReaderDoc | null;
  fontSize: number;
  focusTitle(): Promise<void>;
}

export interface ReaderOptions {
  /** The user just asked for the view: focus moves into it (never on a saved setting at page load). */
  focus: boolean;
  /** Called by the view's close button and by Escape. */
  close(): void;
  /** Scrolls the page back to where it was when the user asked for the view. */
  restoreScroll(): void;
}

export function runTextOnly(ctx: FeatureContext, el: ReaderView, options: ReaderOptions): Undo {
  const article = pageArticle(ctx.page, ctx.config.article);
  if (!article) {
    // Nothing to show: say so and switch back off, after this change has been applied.
    el.remove();
    queueMicrotask(() => {
      ctx.settings.set({ textOnly: false });
      ctx.announce(ctx.t.speech.noArticle);
    });
    return () => {};
  }
  // Read the article while it is still displayed (hidden parts are left out).
  const doc = readArticle(ctx.page, article, ctx.config.pageLang);
  const opener = ctx.page.activeElement() as HTMLElement | null;
  el.t = ctx.t;
  el.doc = doc;
  el.fontSize = readerFontSize(ctx.settings.value.textSize);
  const showBody = hideBody(ctx.page);
  ctx.page.scrollTo(0, 0);
  if (options.focus) void el.focusTitle();
  const close = () => options.close();
  const unlisten = ctx.page.listen('document', 'keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      close();
    }
  });
  el.addEventListener('wza-reader-close', close);
  return () => {
    unlisten();
    el.removeEventListener('wza-reader-close', close);
    // Focus leaves the view before it goes, to where it was, without scrolling the page.
    const focusInView = Boolean(el.shadowRoot?.activeElement);
    el.remove();
    showBody();
    options.restoreScroll();
    if (focusInView && opener?.isConnected && typeof opener.focus === 'function') opener.focus({ preventScroll: true });
  };
}
