/** Vite's `import.meta.glob` (src/index.ts lists the features' lazy parts with it). */
interface ImportMeta {
  glob(pattern: string): Record<string, () => Promise<unknown>>;
}
