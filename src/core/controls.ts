/**
 * What the toolbar renders and the keyboard runs, as data: controls, menu
 * options and shortcuts. Here, not in a feature file, so the UI can import them
 * without importing any feature. `Icon` is the UI's icon name type (kept generic
 * so this module imports nothing of the UI).
 */

interface ControlBase<Icon extends string> {
  /** Stable key, also used as the element's data-control attribute. */
  key: string;
  label: string;
  icon: Icon;
  /** Shown after the label, e.g. the current level "150%". */
  value?: string;
  disabled?: boolean;
  /** Why it is disabled, or extra help; becomes the accessible description. */
  note?: string;
  /** Shortcut hint, e.g. "Alt+C", appended to the accessible name. */
  shortcut?: string;
  /** Controls that belong together sit side by side in the toolbar (see ControlGroup). */
  group?: ControlGroup;
}

/**
 * The toolbar's visual groups. A stepper pair ('text-size', 'zoom': the − and +
 * of one thing) shows as two icon buttons under one caption carrying the level;
 * the speech controls sit in one frame. Every control stays a button of its own
 * with its own name; a group only changes how they are laid out (core/control-runs.ts).
 */
export type ControlGroup = 'speech' | 'text-size' | 'zoom';

export interface ButtonControl<Icon extends string = string> extends ControlBase<Icon> {
  type: 'button';
  /** For toggles: aria-pressed. Leave undefined for plain actions. */
  pressed?: boolean;
  activate(): void;
}

export interface MenuOption {
  value: string;
  label: string;
  /** A choice (menuitemradio) is checked or not; an action (menuitem, e.g. a region to jump to) has none. */
  checked?: boolean;
}

export interface MenuControl<Icon extends string = string> extends ControlBase<Icon> {
  type: 'menu';
  options: MenuOption[];
  select(value: string): void;
}

export type Control<Icon extends string = string> = ButtonControl<Icon> | MenuControl<Icon>;

export interface Shortcut {
  /** KeyboardEvent.code, matched with Alt held: 'KeyC', 'ArrowUp', 'Backquote', 'Slash'. */
  code: string;
  /** How help shows it: "Alt+C". */
  keys: string;
  /** What it does, for help. */
  label: string;
  run(): void;
}

/** Fails loudly when two shortcuts claim one key: the second would never run. */
export function checkShortcuts(shortcuts: readonly Shortcut[]): void {
  const seen = new Map<string, string>();
  for (const { code, keys, label } of shortcuts) {
    const other = seen.get(code);
    if (other !== undefined) throw new Error(`[wza] shortcut ${keys} twice: ${other}, ${label}`);
    seen.set(code, label);
  }
}
