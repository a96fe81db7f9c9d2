/** Numbers as spoken Chinese reads them, for announcements. Pure. */

const CN_DIGITS = '零一二三四五六七八九';

/** 150 → 一百五十, as spoken Chinese reads a percentage. Covers 0–999. */
export function chineseNumber(n: number): string {
  const v = Math.round(Math.abs(n));
  if (v < 10) return CN_DIGITS[v]!;
  if (v < 20) return '十' + (v % 10 ? CN_DIGITS[v % 10] : '');
  if (v < 100) return CN_DIGITS[Math.floor(v / 10)] + '十' + (v % 10 ? CN_DIGITS[v % 10] : '');
  if (v < 1000) {
    const h = Math.floor(v / 100);
    const rest = v % 100;
    if (rest === 0) return CN_DIGITS[h] + '百';
    if (rest < 10) return CN_DIGITS[h] + '百零' + CN_DIGITS[rest];
    return CN_DIGITS[h] + '百' + CN_DIGITS[Math.floor(rest / 10)] + '十' + (rest % 10 ? CN_DIGITS[rest % 10] : '');
  }
  return String(v);
}
