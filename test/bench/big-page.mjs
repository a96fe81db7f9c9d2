// A generated government-style page of about 20,000 elements: header, nav, a long
// article of paragraphs with inline links and <font>/<b> runs, a sidebar and a footer.
export function bigPage({ elements = 20000, script = true } = {}) {
  const parts = [];
  let count = 0;
  parts.push('<div class="topbar"><div class="w">欢迎访问 <a href="#">关怀版</a> <a href="#">无障碍</a></div></div>');
  parts.push('<nav class="mainnav"><div class="w">');
  for (let i = 0; i < 12; i++) parts.push(`<a href="#">栏目${i}</a>`);
  parts.push(
    '</div></nav><div class="w page"><div class="article"><h1 class="title">大页面基准测试文章标题</h1><div id="zoom" class="content">',
  );
  count += 20;
  const sentence = '会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落地见效。';
  let i = 0;
  while (count < elements - 200) {
    // each block: div > p > (span, a, b, font) = 6 elements
    parts.push(
      `<div class="block"><p>${sentence}<span>第${i}段</span><a href="#">相关链接${i}</a><b>重点</b><font size="2">附注</font></p></div>`,
    );
    count += 6;
    i++;
  }
  parts.push('</div></div><aside class="side"><ul>');
  for (let j = 0; j < 40; j++) parts.push(`<li><a href="#">侧栏${j}</a></li>`);
  parts.push('</ul></aside></div><footer class="footer"><p>主办：基准测试网站</p></footer>');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>大页面基准测试</title>
<link rel="stylesheet" href="/demo/gov-page.css">
${script ? '<script src="/dist/wza.js" defer data-article="#zoom"></script>' : ''}
</head><body>${parts.join('')}</body></html>`;
}
