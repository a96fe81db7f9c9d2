/**
 * How the toolbar lays out its controls: in runs of one group each (pure; only the
 * toolbar uses it, so it loads with the toolbar).
 */
import type { ControlGroup } from './controls.js';

/** The groups shown as a −/+ stepper: two icon buttons under one caption with the level. */
export const STEPPER_GROUPS: ReadonlySet<ControlGroup> = new Set(['text-size', 'zoom']);

/** A run of consecutive controls: those of one group, or a single control outside any group. */
export interface ControlRun<C> {
  group?: ControlGroup;
  controls: C[];
}

/** Splits the toolbar's controls, in order, into runs; a group whose members are not adjacent makes one run per stretch. */
export function controlRuns<C extends { group?: ControlGroup }>(controls: readonly C[]): ControlRun<C>[] {
  const runs: ControlRun<C>[] = [];
  for (const control of controls) {
    const last = runs[runs.length - 1];
    if (control.group && last?.group === control.group) last.controls.push(control);
    else runs.push(control.group ? { group: control.group, controls: [control] } : { controls: [control] });
  }
  return runs;
}
