/**
 * Roving focus: the index that an arrow, Home or End key moves to in a list of
 * `count` items laid out along `axis`, wrapping at the ends; null for other keys.
 */
export function rovingIndex(key: string, current: number, count: number, axis: 'horizontal' | 'vertical'): number | null {
  const [back, forward] = axis === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (count === 0) return null;
  switch (key) {
    case forward:
      return (current + 1) % count;
    case back:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
