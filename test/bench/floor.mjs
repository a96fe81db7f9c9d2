// The floor both page-wide benches compare with: the browser's own cheapest page-wide style
// change, one constructable-sheet rule `css`, timed by the page's own `__bench.time` (so a
// bench that marks CPU time marks it for the floor too), then taken off again.
// Run in the page, after `window.__bench` is set: `await page.evaluate(addFloor)`.
export function addFloor() {
  const bench = window.__bench;
  bench.floor = async (css) => {
    const sheet = new CSSStyleSheet();
    const ms = await bench.time(() => {
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    await bench.twoFrames();
    return ms;
  };
}
