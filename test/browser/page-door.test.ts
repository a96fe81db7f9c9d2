import { expect } from '@open-wc/testing';
import { contrastRatio, parseColour } from '../../src/core/contrast.js';
import { raiseContrast } from '../../src/page/contrast.js';
import { isTouchOnly, mountAid, type AidContext } from '../../src/features/aid.js';
import { pageArticle } from '../../src/page/article-text.js';
import type { Host } from '../../src/page/host.js';
import { createPage } from '../../src/page/page.js';
import type { UiModule } from '../../src/ui-module.js';
import { withoutOurStyles } from '../../src/page/page-styles.js';

const page = createPage(document);
const fontSize = (el: Element) => getComputedStyle(el).fontSize;
const nextTask = () => new Promise((r) => setTimeout(r, 0));

function fixture(markup: string): HTMLElement {
  const host = document.createElement('div');
  // Test-only markup written by the test itself; the widget never parses HTML.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

describe('page door: font scaling (src/page/font-scale.ts)', () => {
  let host: HTMLElement;
  let authorSheet: CSSStyleSheet;
  beforeEach(() => {
    authorSheet = new CSSStyleSheet();
    authorSheet.replaceSync('#t .imp { font-size: 13px !important } #t .em { font-size: 1.5em }');
    document.adoptedStyleSheets = [authorSheet, ...document.adoptedStyleSheets];
    host = fixture(
      `<div id="t" style="font-size:10px"><p class="px">a</p><p class="imp">b</p><p class="inl" style="color: red; font-size:11px!important">c</p><p class="em">d<span>e</span></p></div>`,
    );
  });
  afterEach(() => {
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== authorSheet);
  });

  it('scales px, author !important, inline !important and em text by one custom property, then restores every attribute exactly', async () => {
    const release = page.scaleFonts();
    const level = page.styles(':root{--wza-text-scale:2}');
    expect(fontSize(host.querySelector('.px')!)).to.equal('20px');
    expect(fontSize(host.querySelector('.imp')!)).to.equal('26px');
    expect(fontSize(host.querySelector('.inl')!)).to.equal('22px');
    expect(fontSize(host.querySelector('.em')!)).to.equal('30px');
    expect(fontSize(host.querySelector('.em span')!)).to.equal('30px'); // not 60: tagged with its original size
    level.set(':root{--wza-text-scale:1.5}'); // a level change: no new walk
    expect(fontSize(host.querySelector('.px')!)).to.equal('15px');
    level.remove();
    release();
    expect(host.querySelectorAll('[data-wza-fs]').length).to.equal(0);
    expect(host.querySelector('.inl')!.getAttribute('style')).to.equal('color: red; font-size:11px!important');
    expect(fontSize(host.querySelector('.inl')!)).to.equal('11px');
    expect(fontSize(host.querySelector('.px')!)).to.equal('10px');
  });

  it('tags text added later with its original size, even inside already scaled text', async () => {
    const release = page.scaleFonts();
    const level = page.styles(':root{--wza-text-scale:2}');
    const late = document.createElement('p');
    late.className = 'em';
    late.append('late');
    host.querySelector('.px')!.append(late);
    await nextTask();
    expect(late.hasAttribute('data-wza-fs')).to.equal(true);
    expect(fontSize(late)).to.equal('30px'); // 10px × 1.5em × 2, not 20px × 1.5em × 2
    level.remove();
    release();
    expect(late.hasAttribute('data-wza-fs')).to.equal(false);
  });

  it('is shared: the tags stay until the last user releases them', () => {
    const a = page.scaleFonts();
    const b = page.scaleFonts();
    a();
    a(); // releasing twice is harmless
    expect(host.querySelector('.px')!.hasAttribute('data-wza-fs')).to.equal(true);
    b();
    expect(host.querySelector('.px')!.hasAttribute('data-wza-fs')).to.equal(false);
  });

  it('care-style minimums lift small text and headings; scale multiplies the minimum', () => {
    const heading = document.createElement('h2');
    heading.append('h');
    heading.style.fontSize = '12px';
    host.append(heading);
    const release = page.scaleFonts();
    const care = page.styles(':root{--wza-min-fs:20px} h2{--wza-min-fs:28px}');
    expect(fontSize(host.querySelector('.px')!)).to.equal('20px');
    expect(fontSize(host.querySelector('.em')!)).to.equal('20px');
    expect(fontSize(heading)).to.equal('28px');
    const level = page.styles(':root{--wza-text-scale:1.5}');
    expect(fontSize(host.querySelector('.px')!)).to.equal('30px');
    level.remove();
    care.remove();
    release();
  });
});

describe('page door: line height under scaled text', () => {
  it('body text keeps its spacing (up to 1.5), a one-line bar does not double its line height', () => {
    const host = fixture(
      `<p class="body" style="font-size:16px;line-height:32px">a</p><div class="bar" style="font-size:12px;line-height:34px;height:34px">b</div><p class="tight" style="font-size:14px;line-height:18px">c</p>`,
    );
    const release = page.scaleFonts();
    const level = page.styles(':root{--wza-text-scale:2}');
    const lh = (sel: string) => getComputedStyle(host.querySelector(sel)!).lineHeight;
    expect(lh('.body')).to.equal('48px'); // 32 px text × 1.5
    expect(lh('.bar')).to.equal('36px'); // 24 px text × 1.5, not 68
    expect(parseFloat(lh('.tight'))).to.be.closeTo(36, 0.1); // proportional below 1.5
    level.remove();
    release();
    expect(lh('.bar')).to.equal('34px');
    host.remove();
  });
});

describe('page door: inline !important (src/page/inline-style.ts)', () => {
  it('two aids override two properties; undoing one keeps the other; the last undo restores the text exactly', async () => {
    const { overrideInline } = await import('../../src/page/inline-style.js');
    const host = fixture(`<p style="color:red!important;  font-size:11px!important">x</p>`);
    const p = host.querySelector('p')!;
    const original = p.getAttribute('style');
    const undoFont = overrideInline(p, 'font-size', '20px');
    const undoColour = overrideInline(p, 'color', 'rgb(0, 0, 255)');
    expect([getComputedStyle(p).fontSize, getComputedStyle(p).color]).to.deep.equal(['20px', 'rgb(0, 0, 255)']);
    undoFont();
    expect([getComputedStyle(p).fontSize, getComputedStyle(p).color]).to.deep.equal(['11px', 'rgb(0, 0, 255)']);
    undoColour();
    expect(p.getAttribute('style')).to.equal(original);
    host.remove();
  });
});

describe('page door: contrast (src/page/contrast.ts)', () => {
  it('raises weak text to 4.5:1 against the background behind it, leaves strong text alone, and undoes', () => {
    const host = fixture(
      `<div style="background:#fff"><p class="weak" style="color:#aaa">weak</p><p class="ok" style="color:#222">ok</p></div><div style="background:#0b3d78"><p class="dark" style="color:#5577aa">on navy</p></div>`,
    );
    const undo = raiseContrast(page, 4.5);
    const ratio = (sel: string, bg: string) =>
      contrastRatio(parseColour(getComputedStyle(host.querySelector(sel)!).color)!, parseColour(bg)!);
    expect(ratio('.weak', '#fff')).to.be.at.least(4.5);
    expect(ratio('.weak', '#fff')).to.be.below(5); // the nearest passing grey, not black
    expect(getComputedStyle(host.querySelector('.ok')!).color).to.equal('rgb(34, 34, 34)');
    expect(host.querySelector('.ok')!.hasAttribute('data-wza-c')).to.equal(false);
    expect(ratio('.dark', '#0b3d78')).to.be.at.least(4.5);
    undo();
    expect(getComputedStyle(host.querySelector('.weak')!).color).to.equal('rgb(170, 170, 170)');
    expect(host.querySelectorAll('[data-wza-c]').length).to.equal(0);
    host.remove();
  });
});

describe('page door: sheets (src/page/page-styles.ts)', () => {
  it('withoutOurStyles reads the page’s own styles while Wza’s sheets are on, and leaves them on', () => {
    const host = fixture('<p>x</p>');
    const sheet = page.styles('p{color:rgb(1, 2, 3)!important}');
    const p = host.querySelector('p')!;
    const inside = withoutOurStyles(document, () => getComputedStyle(p).color);
    expect(inside).to.not.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    sheet.remove();
    host.remove();
  });

  it('marquees stop (also ones added later) and start again', async () => {
    const host = fixture('<marquee>news</marquee>');
    const m = host.querySelector('marquee') as HTMLElement & { stop(): void; start(): void };
    const calls: string[] = [];
    m.stop = () => calls.push('stop');
    m.start = () => calls.push('start');
    const undo = page.stopMarquees();
    const late = document.createElement('marquee') as HTMLElement & { stop(): void; start(): void };
    late.stop = () => calls.push('late stop');
    late.start = () => calls.push('late start');
    host.append(late);
    await nextTask();
    undo();
    expect(calls).to.deep.equal(['stop', 'late stop', 'start', 'late start']);
    host.remove();
  });

  it('text that keeps changing in an already read element (a clock) causes no new reads', async () => {
    const host = fixture('<p class="clock">10:00</p>');
    const release = page.scaleFonts();
    const undoContrast = raiseContrast(page, 4.5);
    let reads = 0;
    const original = window.getComputedStyle;
    window.getComputedStyle = (...args: Parameters<typeof getComputedStyle>) => {
      reads++;
      return original.apply(window, args);
    };
    try {
      host.querySelector('.clock')!.textContent = '10:01';
      await nextTask();
      expect(reads).to.equal(0);
    } finally {
      window.getComputedStyle = original;
      undoContrast();
      release();
      host.remove();
    }
  });
});

/**
 * A host with no page behind it: only the capabilities a test gives it; any
 * other call fails the test, so it shows exactly what a feature asks for.
 */
function fakeHost(given: Partial<Host>): Host {
  return new Proxy(given, {
    get(target, key) {
      if (key in target) return target[key as keyof Host];
      return () => {
        throw new Error(`fake host: ${String(key)} was not expected`);
      };
    },
  }) as Host;
}

describe('page door: a feature against a fake host (src/page/host.ts)', () => {
  const ui = {} as UiModule;
  const detached = () => document.createElement('div');

  it('mounts an aid through the host alone: created, mounted, set up, then undone in reverse, with nothing on the real page', async () => {
    const log: string[] = [];
    let made: HTMLElement | null = null;
    const page = fakeHost({
      create: ((tag: string) => {
        log.push(`create ${tag}`);
        return (made = detached());
      }) as Host['create'],
      mount: () => {
        log.push('mount');
        return () => log.push('unmount');
      },
    });
    const ctx: AidContext = { page, ui: () => Promise.resolve(ui) };
    const aid = mountAid(ctx, 'wza-crosshair', (el, loaded) => {
      log.push(`setup ${el === made} ${loaded === ui}`);
      return () => log.push('teardown');
    });
    await nextTask();
    expect(log).to.deep.equal(['create wza-crosshair', 'mount', 'setup true true']);
    expect(aid.element()).to.equal(made);
    expect(document.querySelector('wza-crosshair')).to.equal(null);
    aid.undo();
    expect(log.slice(3)).to.deep.equal(['teardown', 'unmount']);
    expect(aid.element()).to.equal(null);
  });

  it('mounts in the flow when asked to stay out of the top layer', async () => {
    const log: string[] = [];
    const page = fakeHost({
      create: (() => detached()) as Host['create'],
      mountInFlow: () => {
        log.push('in flow');
        return () => log.push('out');
      },
    });
    const aid = mountAid({ page, ui: () => Promise.resolve(ui) }, 'wza-captions', () => () => {}, { topLayer: false });
    await nextTask();
    aid.undo();
    expect(log).to.deep.equal(['in flow', 'out']);
  });

  it('asks the host nothing when undone before the elements have loaded', async () => {
    let loaded!: (m: UiModule) => void;
    const page = fakeHost({});
    const aid = mountAid({ page, ui: () => new Promise<UiModule>((r) => (loaded = r)) }, 'wza-magnifier', () => () => {});
    aid.undo();
    loaded(ui);
    await nextTask();
    expect(aid.element()).to.equal(null);
  });

  it("tells a touch-only device by the host's media query, not the window", () => {
    const asked: string[] = [];
    const page = fakeHost({ matchesMedia: (q) => (asked.push(q), true) });
    expect(isTouchOnly({ page })).to.equal(true);
    expect(asked).to.deep.equal(['(hover: none) and (pointer: coarse)']);
  });

  it('keeps the real page behind the door: door modules refuse a host with no page behind it', () => {
    expect(() => pageArticle(fakeHost({}), null)).to.throw(/no page behind this host/);
  });

  it('the real host creates, mounts in flow, answers media queries and scrolls, each with its undo', () => {
    const el = page.create('div');
    expect(el.isConnected).to.equal(false);
    const unmount = page.mountInFlow(el);
    expect(el.parentNode).to.equal(document.documentElement);
    expect(el.nextSibling).to.equal(document.body);
    unmount();
    expect(el.isConnected).to.equal(false);
    expect(page.matchesMedia('(min-width: 1px)')).to.equal(true);
    expect(page.matchesMedia('not a query (')).to.equal(false);
    page.scrollTo(0, 0);
    expect(window.scrollY).to.equal(0);
  });
});
