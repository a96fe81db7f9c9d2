import type { Translation } from './translation.js';

const CN_DIGITS = '零一二三四五六七八九';

/** 150 → 一百五十, as spoken Chinese reads a percentage. Covers 0–999. */
export function chineseNumber(n: number): string {
  const v = Math.round(Math.abs(n));
  if (v < 10) return CN_DIGITS[v]!;
  if (v < 20) return '十' + (v % 10 ? CN_DIGITS[v % 10] : '');
  if (v < 100) return CN_DIGITS[Math.floor(v / 10)] + '十' + (v % 10 ? CN_DIGITS[v % 10] : '');
  if (v < 1000) {
    const h = Math.floor(v / 100);
    const rest = v % 100;
    if (rest === 0) return CN_DIGITS[h] + '百';
    if (rest < 10) return CN_DIGITS[h] + '百零' + CN_DIGITS[rest];
    return CN_DIGITS[h] + '百' + CN_DIGITS[Math.floor(rest / 10)] + '十' + (rest % 10 ? CN_DIGITS[rest % 10] : '');
  }
  return String(v);
}

export const zhCN: Translation = {
  lang: 'zh-CN',
  launcher: { care: '关怀版', toolbar: '无障碍', group: '无障碍服务' },
  toolbar: { name: '无障碍工具栏', close: '关闭' },
  controls: {
    sound: '声音',
    pointReading: '指读',
    readAloud: '连读',
    pause: '暂停',
    resume: '继续',
    stop: '停止',
    speechRate: '语速',
    colours: '配色',
    textLarger: '文字放大',
    textSmaller: '文字缩小',
    zoomIn: '页面放大',
    zoomOut: '页面缩小',
    bigCursor: '大鼠标',
    crosshair: '十字光标',
    magnifier: '放大镜',
    captions: '大字幕',
    textOnly: '纯文本',
    reset: '重置',
    help: '帮助',
    exit: '退出',
  },
  colourSchemes: {
    default: '默认',
    'black-white': '黑底白字',
    'black-yellow': '黑底黄字',
    'blue-white': '蓝底白字',
    'yellow-black': '黄底黑字',
  },
  rates: { slow: '慢', medium: '中', fast: '快' },
  help: {
    title: '帮助',
    intro: '无障碍工具栏可放大文字、切换配色、朗读文章。所有设置仅保存在本网站的本机浏览器中。',
    openToolbar: '打开无障碍工具栏',
    close: '关闭帮助',
    shortcutsHeading: '快捷键',
    notCompliance: '本工具不能代替网站自身的无障碍改造。',
    noHighlight: '当前浏览器不能高亮朗读的句子。',
  },
  announce: {
    on: (name) => `${name}已打开`,
    off: (name) => `${name}已关闭`,
    textLarger: (p) => `文字已放大到百分之${chineseNumber(p)}`,
    textSmaller: (p) => `文字已缩小到百分之${chineseNumber(p)}`,
    zoomIn: (p) => `页面已放大到百分之${chineseNumber(p)}`,
    zoomOut: (p) => `页面已缩小到百分之${chineseNumber(p)}`,
    scheme: (s) => `已切换为${s}`,
    rate: (r) => `语速已调整为${r}`,
    reset: '已重置所有设置',
    exit: '已退出无障碍服务',
    careOn: '已进入关怀版',
    careOff: '已退出关怀版',
  },
  speech: {
    unsupported: '当前浏览器不支持朗读',
    failed: '朗读出错，请稍后再试',
    clickToStart: '请点击页面任意位置开始朗读',
    noArticle: '本页没有找到可朗读的正文',
  },
  kinds: {
    link: '链接',
    button: '按钮',
    image: '图片',
    input: '输入框',
    heading: (level) => `${chineseNumber(level)}级标题`,
    checkbox: '复选框',
    select: '下拉框',
    video: '视频',
  },
  touchOnly: '此功能需要鼠标',
  reader: {
    name: '纯文本阅读',
    close: '退出纯文本',
    date: '发布时间',
    source: '来源',
    image: '图片',
    field: (label, value) => `${label}：${value}`,
  },
  percent: (n) => `${n}%`,
};
