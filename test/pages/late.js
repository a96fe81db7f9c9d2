// The article arrives 0.5 s after load (like a CMS that fetches it), and "下一篇"
// swaps it for another without navigation (like a single-page app). DOM APIs
// only: the CSP test page forbids innerHTML under Trusted Types.
const ARTICLES = [
  { title: '市政府召开常务会议', body: ['会议研究部署了当前经济工作。', '会议强调，要扎实做好民生保障。'], note: '来源：市政府办公室' },
  { title: '我市开展消防安全大检查', body: ['检查组深入重点单位开展隐患排查。', '共发现并整改隐患一百二十处。'], note: '来源：市消防救援支队' },
];
let index = 0;
function show(i) {
  const a = ARTICLES[i % ARTICLES.length];
  const box = document.getElementById('article');
  const h2 = document.createElement('h2');
  h2.textContent = a.title;
  const paras = a.body.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  const note = document.createElement('p');
  note.className = 'small';
  note.textContent = a.note;
  box.replaceChildren(h2, ...paras, note);
  box.dataset.loaded = String(i);
}
setTimeout(() => show(index), 500);
document.getElementById('next').addEventListener('click', () => show(++index));
