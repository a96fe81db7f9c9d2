import { chromium } from 'playwright';
import { routes, start } from '../../demo/server.mjs';
import { launchOptions } from '../browsers.mjs';
import { bigPage } from './big-page.mjs';
const { schemeCss } = await import('./exp-scheme.mjs');
routes.set('/big.html', (_q, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(bigPage({ script: false })); });
const server = await start(5292);
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:5292/big.html');
const variants = schemeCss;
const res = await page.evaluate(async (variants) => {
  const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const time = async (css) => { await twoFrames(); const s = new CSSStyleSheet(); const t0 = performance.now(); s.replaceSync(css); document.adoptedStyleSheets = [s]; document.body.offsetHeight; const ms = performance.now() - t0; document.adoptedStyleSheets = []; await twoFrames(); return ms; };
  const out = {};
  for (let i = 0; i < 9; i++) for (const [k, css] of Object.entries(variants)) (out[k] ??= []).push(await time(css));
  for (const k in out) { const s = out[k].sort((a, b) => a - b); out[k] = s[4].toFixed(0); }
  return out;
}, variants);
console.log(res);
await browser.close(); server.close();
