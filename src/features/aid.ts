/**
 * What the pointer and focus aids (十字光标, 放大镜, 大字幕, 纯文本) share: a toggle
 * control with its announcement, and mounting one of the lazily loaded lit
 * elements with an undo that also works before the element has arrived.
 */
import type { Host, Undo } from '../page/host.js';
import type { SettingKey, Settings } from '../settings.js';
import type { IconName } from '../core/icon-paths.js';
import type { Applied, ButtonControl, FeatureContext, LazyParts, Shortcut } from './feature.js';

/** What mounting an aid needs of the runtime: the host page and the lazily loaded elements (a test may fake both). */
export type AidContext = Pick<FeatureContext, 'ui'> & { page: Host };

/** Any on/off setting, from the schema: a new toggle feature needs no change here. */
type Toggle = { [K in SettingKey]: Settings[K] extends boolean ? K : never }[SettingKey];
type AidTag = 'wza-crosshair' | 'wza-magnifier' | 'wza-captions' | 'wza-reader';

/** Turns the setting on or off and says so. */
export function toggle(ctx: FeatureContext, key: Toggle, label: string): void {
  const on = !ctx.settings.value[key];
  const patch: Partial<Settings> = {};
  patch[key] = on;
  ctx.settings.set(patch);
  ctx.announce(on ? ctx.t.announce.on(label) : ctx.t.announce.off(label));
}

export function toggleControl(
  ctx: FeatureContext,
  key: Toggle,
  label: string,
  icon: IconName,
  on: boolean,
  extra: { shortcut?: string; note?: string; activate?: () => void } = {},
): ButtonControl {
  return {
    type: 'button',
    key,
    label,
    icon,
    pressed: on,
    ...(extra.shortcut ? { shortcut: extra.shortcut } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    activate: extra.activate ?? (() => toggle(ctx, key, label)),
  };
}

export function toggleShortcut(ctx: FeatureContext, key: Toggle, label: string, code: string, run?: () => void): Shortcut {
  return { code, keys: `Alt+${code.replace(/^Key/, '')}`, label, run: run ?? (() => toggle(ctx, key, label)) };
}

/** True on phones and tablets without a mouse: aids that follow a pointer cannot work there. */
export function isTouchOnly(ctx: Pick<AidContext, 'page'>): boolean {
  return ctx.page.matchesMedia('(hover: none) and (pointer: coarse)');
}

/**
 * Loads the UI chunk, creates `tag`, mounts it and runs `setup`; the returned
 * Applied undoes all of it, also when called before the chunk has loaded.
 * `topLayer: false` keeps the element out of the top layer (under the launcher
 * and toolbar, or in the document's flow).
 */
export function mountAid<K extends AidTag>(
  ctx: AidContext,
  tag: K,
  setup: (el: HTMLElementTagNameMap[K], ui: LazyParts) => Undo,
  { topLayer = true }: { topLayer?: boolean } = {},
): Applied & { element(): HTMLElementTagNameMap[K] | null } {
  let undone = false;
  let el: HTMLElementTagNameMap[K] | null = null;
  const undos: Undo[] = [];
  ctx.ui().then(
    (ui) => {
      if (undone) return;
      el = ctx.page.create(tag);
      undos.push(topLayer ? ctx.page.mount(el) : ctx.page.mountInFlow(el));
      try {
        undos.push(setup(el, ui));
      } catch (error) {
        console.warn(`[wza] ${tag} failed:`, error);
      }
    },
    (error: unknown) => console.warn(`[wza] ${tag} could not be loaded:`, error),
  );
  return {
    element: () => el,
    undo() {
      undone = true;
      // Reverse order: listeners and page styles first, the element last.
      for (const undo of undos.splice(0).reverse()) {
        try {
          undo();
        } catch (error) {
          console.warn(`[wza] ${tag} undo failed:`, error);
        }
      }
      el = null;
    },
  };
}
