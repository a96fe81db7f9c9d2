/** A stylesheet imported as text: Vite minifies it at build time (vite.config.ts); the test runners serve it as is. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
