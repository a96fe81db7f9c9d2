// @vitest-environment happy-dom
// Article detection and what 连读 reads, on page shapes of common government CMSs.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/speech/article.js';
import { prepareReading } from '../../src/speech/prepare.js';

/** Loads a page and returns how its article was found and every sentence read, in order. */
function read(html: string, configured: string | null = null) {
  document.documentElement.innerHTML = html;
  document.documentElement.setAttribute('lang', /lang="en"/.test(html) ? 'en' : 'zh-CN');
  const reading = prepareReading(document, configured, 'zh-CN');
  if (!reading) throw new Error('no article');
  const sentences = reading.sentences.map((s) => s.text);
  return { source: reading.article.source, title: reading.article.title, sentences, all: sentences.join('|') };
}

const NAV =
  '<div class="topbar"><a href="#">登录</a></div><nav class="mainnav"><a href="#">网站首页</a><a href="#">政务公开</a><a href="#">互动交流</a></nav>';
const FOOTER = '<div class="footer"><p>主办单位：某市人民政府办公室。联系电话：0000-12345678。</p><p>网站标识码：1234567890。</p></div>';
const BOILERPLATE = ['登录', '网站首页', '互动交流', '主办单位', '网站标识码', '相关链接', '分享到', '热点专题'];

function expectNoBoilerplate(all: string) {
  for (const text of BOILERPLATE) expect(all).not.toContain(text);
}

describe('findArticle on page shapes', () => {
  it('TRS (.TRS_Editor): title heading before the body, then the body', () => {
    const r = read(`<head><title>关于做好防汛工作的通知_通知公告</title></head><body>${NAV}
      <div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>
      <div class="main"><h2 class="art_title">关于做好防汛工作的通知</h2><div class="info">发布时间：2024-06-01</div>
      <div class="TRS_Editor"><p>各镇人民政府：</p><p>当前已进入主汛期。请各地加强值班值守，确保安全度汛。</p></div></div>${FOOTER}</body>`);
    expect(r.source).toBe('cms');
    expect(r.sentences[0]).toBe('关于做好防汛工作的通知');
    expect(r.sentences[1]).toBe('各镇人民政府：');
    expect(r.sentences.at(-1)).toBe('请各地加强值班值守，确保安全度汛。');
    expectNoBoilerplate(r.all);
    expect(r.all).not.toContain('发布时间');
  });

  it('UCAP (#UCAP-CONTENT) with <font>-wrapped paragraphs and a meta ArticleTitle', () => {
    const r = read(`<head><meta name="ArticleTitle" content="市政府召开常务会议"><title>市政府召开常务会议</title></head><body>${NAV}
      <div class="article"><h1>市政府召开常务会议</h1>
      <div id="UCAP-CONTENT"><p><font face="宋体">6月3日，市长主持召开市政府常务会议。</font></p>
      <p><font face="宋体">会议研究了<b>城市更新</b>工作。</font><font>会议强调，要抓好落实。</font></p></div></div>${FOOTER}</body>`);
    expect(r.source).toBe('cms');
    expect(r.sentences).toEqual([
      '市政府召开常务会议',
      '6月3日，市长主持召开市政府常务会议。',
      '会议研究了城市更新工作。',
      '会议强调，要抓好落实。',
    ]);
    expectNoBoilerplate(r.all);
  });

  it('gov.cn style (.pages_content): share bar and related links inside the content are not read', () => {
    const r = read(`<body>${NAV}<div class="article oneColumn"><h1 id="ti">国务院关于进一步优化营商环境的意见</h1>
      <div class="pages_content"><p>各省、自治区、直辖市人民政府：</p><p>现就进一步优化营商环境提出如下意见。</p>
      <div class="share">分享到：<a href="#">微信</a></div><div class="related-links"><a href="#">相关链接：某文件</a></div></div></div>${FOOTER}</body>`);
    expect(r.source).toBe('cms');
    expect(r.sentences[0]).toBe('国务院关于进一步优化营商环境的意见');
    expect(r.sentences.at(-1)).toBe('现就进一步优化营商环境提出如下意见。');
    expectNoBoilerplate(r.all);
  });

  it('data-article (site configuration) wins over CMS containers', () => {
    const r = read(
      `<body>${NAV}<div id="zoom"><p>这是编辑器外的说明文字，不应读出。</p></div>
      <div class="detail"><h3>全市经济运行情况</h3><div id="main-text"><p>上半年全市经济运行稳中向好。</p><p>工业增加值增长百分之六。</p></div></div>${FOOTER}</body>`,
      '#main-text',
    );
    expect(r.source).toBe('config');
    expect(r.sentences).toEqual(['全市经济运行情况', '上半年全市经济运行稳中向好。', '工业增加值增长百分之六。']);
  });

  it('ContentStart / ContentEnd markers: only the text between them is read', () => {
    const r = read(`<head><title>疫苗接种公告_卫健委</title></head><body>${NAV}<div class="con">
      <div class="tools">字号：大 中 小</div>
      <meta name="ContentStart"><h1>疫苗接种公告</h1><p>即日起开放第二剂次预约。</p><p>请携带身份证件。</p><meta name="ContentEnd">
      <div class="tools">打印本页 关闭窗口</div></div>${FOOTER}</body>`);
    expect(r.source).toBe('markers');
    expect(r.sentences[0]).toBe('疫苗接种公告');
    expect(r.sentences.at(-1)).toBe('请携带身份证件。');
    expect(r.all).not.toMatch(/字号|打印本页/);
    expectNoBoilerplate(r.all);
  });

  it('English page: <article> inside <main>, with nav and footer around it', () => {
    const r = read(
      `<head><title>Council approves new bus routes</title></head><body lang="en"><header><a href="#">City of Example</a></header>
      <nav><a href="#">Home</a><a href="#">News</a></nav><main><article><h1>Council approves new bus routes</h1>
      <p>The council approved three routes on Tuesday. Buses will run every ten minutes.</p><p>Residents can comment until May.</p></article>
      <aside><h2>Most read</h2><p>Library hours change in summer.</p></aside></main><footer>Copyright City of Example</footer></body>`.replace(
        '<body',
        '<body',
      ),
    );
    expect(r.source).toBe('landmark');
    expect(r.sentences).toEqual([
      'Council approves new bus routes',
      'The council approved three routes on Tuesday.',
      'Buses will run every ten minutes.',
      'Residents can comment until May.',
    ]);
  });

  it('<main> with a sidebar inside: the sidebar is not read', () => {
    const r =
      read(`<body>${NAV}<main><h1>公共图书馆开放时间调整</h1><div class="sidebar"><h3>热点专题</h3><ul><li><a href="#">热点专题一</a></li></ul></div>
      <div class="text"><p>自7月1日起，市图书馆延长开放时间。</p><p>周一闭馆。</p></div></main>${FOOTER}</body>`);
    expect(r.source).toBe('landmark');
    expect(r.sentences[0]).toBe('公共图书馆开放时间调整');
    expect(r.sentences.at(-1)).toBe('周一闭馆。');
    expectNoBoilerplate(r.all);
  });

  it('no container (old table layout): the text-density heuristic finds the body cell', () => {
    const r = read(`<head><title>关于公布第三批历史建筑名单的公告_住建局</title></head><body>
      <table><tr><td class="left"><a href="#">网站首页</a><br><a href="#">政务公开</a><br><a href="#">互动交流</a></td>
      <td><table><tr><td><b>关于公布第三批历史建筑名单的公告</b></td></tr>
      <tr><td class="bt">根据《历史文化名城名镇名村保护条例》，经市政府同意，现将第三批历史建筑名单予以公布。<br>各有关单位要切实做好保护工作，严禁擅自拆除。<br>特此公告。</td></tr></table></td></tr></table>
      ${FOOTER}</body>`);
    expect(r.source).toBe('heuristic');
    expect(r.sentences.find((s) => s.includes('根据'))).toBe(
      '根据《历史文化名城名镇名村保护条例》，经市政府同意，现将第三批历史建筑名单予以公布。',
    );
    expect(r.sentences.at(-1)).toBe('特此公告。');
    expectNoBoilerplate(r.all);
  });

  it('no container (div soup with <span> paragraphs): heuristic picks the article over link lists and footer', () => {
    const r = read(`<head><title>我市举办就业招聘会_新闻中心</title></head><body>${NAV}
      <div class="l"><div class="box"><a href="#">热点专题：乡村振兴工作推进情况</a><a href="#">热点专题：营商环境优化提升行动</a></div></div>
      <div class="r"><h1>我市举办就业招聘会</h1><div class="c"><p><span>5月20日，我市举办春季就业招聘会，共有一百二十家企业参加。</span></p>
      <p><span>招聘会提供岗位三千余个，涵盖制造、服务、信息技术等行业。</span></p><p><span>现场达成意向一千二百人次。</span></p></div></div>${FOOTER}</body>`);
    expect(r.source).toBe('heuristic');
    expect(r.sentences[0]).toBe('我市举办就业招聘会');
    expect(r.sentences[1]).toBe('5月20日，我市举办春季就业招聘会，共有一百二十家企业参加。');
    expect(r.sentences.at(-1)).toBe('现场达成意向一千二百人次。');
    expectNoBoilerplate(r.all);
  });

  it('no heading near the body: the title comes from document.title', () => {
    const r = read(
      `<head><title>停水通知</title></head><body>${NAV}<div class="TRS_UEDITOR"><p>因管网维修，明日8时至18时停水。</p></div>${FOOTER}</body>`,
    );
    const article = findArticle(document);
    expect(article?.titleElement).toBeNull();
    expect(r.title).toBe('停水通知');
    expect(r.sentences).toEqual(['停水通知', '因管网维修，明日8时至18时停水。']);
  });

  it('a page without any readable text has no article', () => {
    document.documentElement.innerHTML = `<body>${NAV}<div id="zoom"> </div></body>`;
    expect(findArticle(document)).toBeNull();
    document.documentElement.innerHTML = '<body></body>';
    expect(findArticle(document)).toBeNull();
  });
});

describe('ranges', () => {
  it('every sentence and every utterance maps back to its DOM Range, across <a>, <font> and <b>', () => {
    document.documentElement.innerHTML = `<body><div class="TRS_Editor"><p>为深入贯彻落实<a href="#">《中华人民共和国政府信息公开条例》</a>，进一步提升全市政务公开工作水平，<font color="red">经市政府同意</font>，决定开展<b>2024年度</b>政务公开工作检查。</p></div></body>`;
    const reading = prepareReading(document, null, 'zh-CN')!;
    const body = reading.sentences.filter((s) => !s.title);
    expect(body).toHaveLength(1);
    const [s] = body;
    expect(s!.range!.toString()).toBe(s!.text);
    expect(s!.parts.length).toBeGreaterThan(1);
    for (const p of s!.parts) expect(p.range!.toString()).toBe(p.text);
    expect(s!.parts.map((p) => p.text).join('')).toBe(s!.text);
  });
});

describe('titles', () => {
  it('does not take the site name in the page header for the title; uses document.title without column and site names', () => {
    const r = read(`<head><title>关于调整公交线路的通告_交通公告_示例市交通运输局</title></head><body>
      <div class="logo"><h1>示例市交通运输局</h1></div>
      <div class="wrap"><div class="main"><div class="TRS_Editor"><p>因道路施工，12路公交车临时改道。</p></div></div></div></body>`);
    expect(r.sentences).toEqual(['关于调整公交线路的通告', '因道路施工，12路公交车临时改道。']);
  });

  it('takes the heading closest before the body, not the first one of a block', () => {
    const r = read(
      `<body><div class="head"><h3>政务动态</h3><h2>全市安全生产工作会议召开</h2></div><div id="zoom"><p>会议部署了下一阶段工作。</p></div></body>`,
    );
    expect(r.sentences[0]).toBe('全市安全生产工作会议召开');
  });
});
