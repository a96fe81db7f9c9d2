/** Stops every <marquee> on the page (care mode); the undo starts them again. */
import type { Undo } from './tagger.js';

interface Marquee extends HTMLElement {
  stop(): void;
  start(): void;
}

export function stopMarquees(doc: Document): Undo {
  const stopped = new Set<Marquee>();
  const stopAll = (root: Document | Element) => {
    const found: Element[] = [...root.getElementsByTagName('marquee')];
    if (root instanceof Element && root.localName === 'marquee') found.push(root);
    for (const el of found) {
      const m = el as Marquee;
      if (stopped.has(m) || typeof m.stop !== 'function') continue;
      m.stop();
      stopped.add(m);
    }
  };
  stopAll(doc);
  // Marquees that arrive later (a late-loading notice bar) stop too.
  const win = doc.defaultView;
  const observer = win
    ? new win.MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) stopAll(n as Element);
      })
    : null;
  observer?.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    observer?.disconnect();
    for (const m of stopped) m.start();
    stopped.clear();
  };
}
