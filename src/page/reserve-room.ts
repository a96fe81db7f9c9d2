/**
 * Room at the top of the viewport for the toolbar and at the bottom for the
 * caption bar (大字幕), for the lazily loaded elements that need it: the page and
 * everything positioned on it move together (src/page/room.ts), so the page's
 * last lines scroll up above the caption bar and nothing hides under the toolbar.
 */
import { documentOf } from './door-keys.js';
import type { Host, Undo } from './host.js';
import { reserveRoom, type Reserved } from './room.js';

export type { Reserved };

export function reserveTop(page: Host, height: number): Reserved {
  return reserveRoom(documentOf(page), 'top', height);
}

export function reserveBottom(page: Host, height: number): Reserved {
  return reserveRoom(documentOf(page), 'bottom', height);
}

/**
 * Puts the toolbar on the page with room kept for it at the top, following its
 * height as it changes (care mode's larger size, a wrap); the undo takes both away.
 * Lives in the lazily loaded part with the toolbar itself.
 */
export function mountWithRoomAtTop(page: Host, element: HTMLElement): Undo {
  const unmount = page.mount(element);
  const reserved = reserveTop(page, element.getBoundingClientRect().height);
  const resize =
    typeof ResizeObserver === 'function' ? new ResizeObserver(() => reserved.set(element.getBoundingClientRect().height)) : null;
  resize?.observe(element);
  return () => {
    resize?.disconnect();
    reserved.remove();
    unmount();
  };
}
