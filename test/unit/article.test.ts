// @vitest-environment happy-dom
// Article detection and what 连读 reads, on page shapes of common government CMSs.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page/article-text.js';
import type { Page } from '../../src/page/page.js';
import { findArticle, isNotArticleText } from '../../src/page/speech/article.js';
import { prepareReading } from '../../src/page/speech/prepare.js';

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

describe('CMS containers of government templates (issue 9)', () => {
  const cases: [string, string][] = [
    ['TRS .TRS_UEDITOR', '<div class="trs_editor_view TRS_UEDITOR trs_paper_default"><p>正文第一句。</p></div>'],
    ['Hanweb #Zoom (capital Z)', '<div id="Zoom"><p>正文第一句。</p></div>'],
    ['Hanweb #zoomcon', '<div id="zoomcon"><p>正文第一句。</p></div>'],
    ['集约化 #downloadContent', '<div id="downloadContent"><p>正文第一句。</p></div>'],
    ['集约化 .article-content', '<div class="article-content"><p>正文第一句。</p></div>'],
    ['.article_con', '<div class="article_con"><p>正文第一句。</p></div>'],
    ['.wzy_content', '<div class="wzy_content"><p>正文第一句。</p></div>'],
    ['.xl_content', '<div class="xl_content"><p>正文第一句。</p></div>'],
    ['VSB #vsb_content', '<div id="vsb_content"><p>正文第一句。</p></div>'],
  ];
  for (const [name, container] of cases) {
    it(name, () => {
      const r = read(
        `<head><title>标题_栏目_网站</title></head><body>${NAV}<div class="main"><h1>标题</h1>${container}</div>${FOOTER}</body>`,
      );
      expect(r.source).toBe('cms');
      expect(r.sentences).toEqual(['标题', '正文第一句。']);
    });
  }

  it('prefers the editor block over the Hanweb #zoom that holds it', () => {
    document.documentElement.innerHTML = `<body><div id="zoom"><div class="tools">【字体：大 中 小】</div><div class="TRS_Editor"><p>正文。</p></div></div></body>`;
    expect(findArticle(document)?.body.className).toBe('TRS_Editor');
  });

  it('refuses a generic #content that wraps the site navigation and footer, and finds the text itself', () => {
    const r = read(`<head><title>老旧小区改造项目申报完成_工作动态_住建局</title></head><body><div id="content">
      <div class="leftnav"><div class="content"><a href="#">工作动态</a><a href="#">通知公告</a><a href="#">基层动态</a></div></div>
      <div class="right"><h2>老旧小区改造项目申报完成</h2><div class="wenzi"><p>近日，我区完成老旧小区改造项目申报工作，共申报改造小区二十三个。</p>
      <p>今年的改造以完善类项目为主，重点实施加装电梯、雨污分流等内容。</p></div></div>
      <div class="copyright">版权所有 网站标识码：3300000009</div></div></body>`);
    expect(r.source).toBe('heuristic');
    expect(r.sentences[0]).toBe('老旧小区改造项目申报完成');
    expect(r.sentences.at(-1)).toBe('今年的改造以完善类项目为主，重点实施加装电梯、雨污分流等内容。');
    expect(r.all).not.toMatch(/工作动态|网站标识码/);
  });

  it('takes a generic .view when it holds no page chrome, and not a .content box of links', () => {
    const r =
      read(`<body>${NAV}<div class="side"><div class="content"><a href="#">链接一号标题</a><a href="#">链接二号标题</a><a href="#">链接三号标题</a></div></div>
      <h1>一站式注册服务上线</h1><div class="view"><p>外资企业现可在行政服务中心的一个窗口办理全部注册登记手续。</p></div>${FOOTER}</body>`);
    expect(r.source).toBe('cms');
    expect(r.sentences).toEqual(['一站式注册服务上线', '外资企业现可在行政服务中心的一个窗口办理全部注册登记手续。']);
  });

  it('a title in the table row above the body (Hanweb table layouts)', () => {
    const r = read(`<head><title>关于公布名录的通知</title></head><body><table><tr><td class="title_cen">关于公布名录的通知</td></tr>
      <tr><td>发布日期：2024-05-20 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
      <tr><td><div id="zoom"><p>现将名录予以公布。</p></div></td></tr></table></body>`);
    expect(findArticle(document)?.titleElement?.className).toBe('title_cen');
    expect(r.sentences).toEqual(['关于公布名录的通知', '现将名录予以公布。']);
  });
});

describe('isNotArticleText: what templates put inside the article container', () => {
  const block = (html: string) => {
    document.body.innerHTML = `<div class="TRS_Editor">${html}</div>`;
    return document.body.firstElementChild!.firstElementChild!;
  };
  const notArticle: [string, string][] = [
    [
      'related news with dates',
      '<div class="box"><h4>相关新闻</h4><ul><li><span>2024-07-01</span><a href="#">一号新闻标题</a></li><li><span>2024-06-20</span><a href="#">二号新闻标题</a></li></ul></div>',
    ],
    [
      'a column list with dates (营商动态)',
      '<ul><li><span>2024-07-05</span><a href="#">区领导走访企业</a></li><li><span>2024-07-03</span><a href="#">政银合作</a></li></ul>',
    ],
    [
      'the label above a link list',
      '<div class="col-title">营商动态</div><ul><li><a href="#">区领导走访调研重点企业</a></li><li><a href="#">政银合作助力小微企业融资</a></li></ul>',
    ],
    ['上一篇', '<p>上一篇：<a href="#">关于开展活动的通知</a></p>'],
    ['下一篇 in a table cell', '<table><tr><td>下一篇：<a href="#">关于做好安全工作的通知</a></td></tr></table>'],
    ['分享到 with icon links', '<div>分享到：<a href="#" title="分享到微信"></a><a href="#" title="分享到微博"></a></div>'],
    ['扫一扫', '<div><img alt="">扫一扫在手机打开当前页</div>'],
    ['打印本页/关闭窗口 links without href', '<div><a onclick="print()">【打印本页】</a><a onclick="close()">【关闭窗口】</a></div>'],
    ['浏览次数', '<p>浏览次数：1024</p>'],
    ['【字体：大 中 小】', '<div>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>'],
    ['责任编辑 in brackets', '<p style="text-align:right">（责任编辑：周晓明）</p>'],
    ['审核 line', '<p>审核：李四</p>'],
    ['byline', '<div>发布时间：2024-04-18　来源：市政府办公室</div>'],
    ['推荐阅读', '<p>推荐阅读：<a href="#">一图读懂行动方案</a></p>'],
    ['English Previous:', '<p>Previous: <a href="#">City launches tree planting</a></p>'],
    ['English Editor:', '<p>Editor: Lin Yue</p>'],
    [
      'English Related:',
      '<div><strong>Related:</strong><ul><li><a href="#">Guide one</a></li><li><a href="#">Guide two</a></li></ul></div>',
    ],
  ];
  for (const [name, html] of notArticle) it(`leaves out ${name}`, () => expect(isNotArticleText(block(html))).toBe(true));

  const article: [string, string][] = [
    ['a paragraph', '<p>会议强调，要抓好落实。</p>'],
    ['prose that names a QR code', '<p>市民可扫描二维码在线预约。</p>'],
    ['prose starting with 下一步', '<p>下一步，我局将加快推进项目建设。</p>'],
    ['an attachment list', '<p>附件：<a href="/a.pdf">1.行动计划.pdf</a><a href="/b.xlsx">2.分工表.xlsx</a></p>'],
    [
      'attachments by download link',
      '<div><a href="/module/download/downfile.jsp?f=1">名录</a><a href="/module/download/downfile.jsp?f=2">说明</a></div>',
    ],
    ['a paragraph with links inside', '<p>根据<a href="#">《条例》</a>和<a href="#">《办法》</a>的规定，现将有关事项通知如下。</p>'],
    ['a signature', '<p style="text-align:right">示范市人民政府办公厅</p>'],
    ['an English sentence starting with Next', '<p>Next year the city will open two more lines.</p>'],
    ['the time line of a meeting notice', '<p>时间：6月1日上午9时</p>'],
    ['the date line of an English event notice', '<p>Date: Saturday 12 October, 10 am</p>'],
  ];
  for (const [name, html] of article) it(`keeps ${name}`, () => expect(isNotArticleText(block(html))).toBe(false));

  it('连读 and 纯文本 read the same body from a container full of page chrome', () => {
    const html = `<head><title>周末不打烊_营商动态</title></head><body>${NAV}<h1 class="article-title">周末不打烊</h1><div class="article-content">
      <p>发布时间：2024-07-08　来源：区行政审批局</p><p>区政务服务中心推出周末服务。</p><p>首个周末接待群众二百余人次。</p>
      <p class="zrbj">责任编辑：陈慧</p><div class="page-turn"><p>上一篇：<a href="#">推进会召开</a></p></div>
      <div class="xgxw"><h4>相关新闻</h4><ul><li><a href="#">窗口开设</a></li><li><a href="#">一日办结</a></li></ul></div></div>${FOOTER}</body>`;
    const r = read(html);
    expect(r.sentences).toEqual(['周末不打烊', '区政务服务中心推出周末服务。', '首个周末接待群众二百余人次。']);
    const article = findArticle(document)!;
    const page = { window, document, lang: () => 'zh-CN' } as unknown as Page;
    const doc = readArticle(page, article);
    expect(doc.title).toBe('周末不打烊');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '区政务服务中心推出周末服务。' },
      { kind: 'paragraph', text: '首个周末接待群众二百余人次。' },
    ]);
    // The byline inside the container is the view's byline, not a paragraph.
    expect(doc.date).toBe('2024-07-08');
    expect(doc.source).toBe('区行政审批局');
  });
});
