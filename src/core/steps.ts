/** Level steps (text size, page zoom), pure. */

/** The next level up (dir 1) or down (dir -1) from `value`, clamped to the table's ends. */
export function step(levels: readonly number[], value: number, dir: 1 | -1): number {
  if (dir > 0) return levels.find((l) => l > value) ?? levels[levels.length - 1]!;
  return [...levels].reverse().find((l) => l < value) ?? levels[0]!;
}

/** 文字放大/缩小: 100 → 125 → 150 → 175 → 200 %. */
export const TEXT_LEVELS = [100, 125, 150, 175, 200] as const;

/** 页面放大/缩小: 100–200 % in steps of 10 %. */
export const ZOOM_LEVELS = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200] as const;
