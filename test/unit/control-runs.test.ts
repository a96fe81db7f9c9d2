import { describe, expect, it } from 'vitest';
import { controlRuns } from '../../src/core/control-runs.js';
import type { ControlGroup } from '../../src/core/controls.js';

const c = (key: string, group?: ControlGroup) => (group ? { key, group } : { key });
const keys = (runs: ReturnType<typeof controlRuns<{ key: string; group?: ControlGroup }>>) =>
  runs.map((r) => `${r.group ?? '-'}:${r.controls.map((x) => x.key).join(',')}`);

describe('controlRuns', () => {
  it('puts adjacent controls of one group in one run, and every other control in a run of its own', () => {
    const runs = controlRuns([
      c('sound', 'speech'),
      c('stop', 'speech'),
      c('colours'),
      c('smaller', 'text-size'),
      c('larger', 'text-size'),
      c('help'),
    ]);
    expect(keys(runs)).toEqual(['speech:sound,stop', '-:colours', 'text-size:smaller,larger', '-:help']);
  });

  it('keeps the order: a group split by another control makes two runs', () => {
    expect(keys(controlRuns([c('a', 'zoom'), c('b'), c('c', 'zoom')]))).toEqual(['zoom:a', '-:b', 'zoom:c']);
    expect(keys(controlRuns([c('a', 'zoom'), c('b', 'text-size')]))).toEqual(['zoom:a', 'text-size:b']);
    expect(controlRuns([])).toEqual([]);
  });
});
