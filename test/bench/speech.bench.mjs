// SPEC §6: preparing continuous reading of a 10,000-character article (find the
// article, segment it, map every sentence to a DOM Range), median of 5 fresh loads.
// The same source the UI chunk ships (src/page/speech/prepare.ts) is bundled with
// esbuild and run in the page, so the figure is the browser's own.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { routes } from '../../demo/server.mjs';

const RUNS = 5;

/** A government-style article of about 10,000 characters with inline links, <font> and <b>, between nav and footer. */
function articlePage() {
  const sentences = [
    '会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落地见效。',
    '各地各部门要<a href="#">切实提高政治站位</a>，把思想和行动统一到决策部署上来。',
    '要<font color="#333">聚焦重点领域和关键环节</font>，加强统筹协调，形成工作合力。',
    '<b>确保</b>各项任务按时保质完成，以实际成效取信于民；',
  ];
  const paragraphs = [];
  let chars = 0;
  for (let i = 0; chars < 10000; i++) {
    const p = sentences.map((s, k) => sentences[(i + k) % sentences.length]).join('');
    paragraphs.push(`<p>${p}</p>`);
    chars += p.replace(/<[^>]+>/g, '').length;
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准测试文章_政务动态</title>
<link rel="stylesheet" href="/demo/gov-page.css"></head><body>
<nav class="mainnav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">互动交流</a></nav>
<div class="w page"><div class="article"><h1 class="title">基准测试文章标题</h1><div class="TRS_Editor">${paragraphs.join('\n')}</div></div>
<aside class="side"><a href="#">侧栏链接</a></aside></div><footer class="footer"><p>主办：基准测试网站</p></footer></body></html>`;
}

export default async ({ baseUrl, median, newPage }) => {
  routes.set('/bench/article-10k.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(articlePage());
  });
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../../src/page/speech/prepare.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'wzaPrepare',
    target: 'es2022',
    minify: true,
  });
  const code = bundle.outputFiles[0].text;
  const times = [];
  let info = null;
  for (let i = 0; i < RUNS; i++) {
    const page = await newPage();
    await page.goto(`${baseUrl}/bench/article-10k.html`);
    await page.addScriptTag({ content: code });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const result = await page.evaluate(() => {
      const t0 = performance.now();
      const reading = globalThis.wzaPrepare.prepareReading(document, null, 'zh-CN');
      const ms = performance.now() - t0;
      const chars = reading.sentences.reduce((n, s) => n + s.text.length, 0);
      return { ms, chars, sentences: reading.sentences.length, ranges: reading.sentences.filter((s) => s.range).length };
    });
    times.push(result.ms);
    info = result;
    await page.context().close();
  }
  if (!info || info.chars < 10000 || info.ranges !== info.sentences) throw new Error(`unexpected article: ${JSON.stringify(info)}`);
  return [
    {
      what: `prepare continuous reading, ${info.chars} chars, ${info.sentences} sentences`,
      value: median(times),
      unit: 'ms',
      budget: 30,
    },
  ];
};
