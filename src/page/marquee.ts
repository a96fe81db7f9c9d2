/** Stops every <marquee> on the page (care mode); the undo starts them again. */
import type { Undo } from './tagger.js';

interface Marquee extends HTMLElement {
  stop(): void;
  start(): void;
}

export function stopMarquees(doc: Document): Undo {
  const stopped: Marquee[] = [];
  for (const el of doc.getElementsByTagName('marquee')) {
    const m = el as Marquee;
    if (typeof m.stop !== 'function') continue;
    m.stop();
    stopped.push(m);
  }
  return () => {
    for (const m of stopped.splice(0)) m.start();
  };
}
