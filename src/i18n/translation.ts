/** Every string the widget shows or speaks. zh-CN is the reference; en must match its shape. */
export interface Translation {
  lang: 'zh-CN' | 'en';
  launcher: { care: string; toolbar: string; group: string };
  toolbar: { name: string; close: string };
  controls: {
    sound: string;
    pointReading: string;
    readAloud: string;
    pause: string;
    resume: string;
    stop: string;
    speechRate: string;
    colours: string;
    textLarger: string;
    textSmaller: string;
    zoomIn: string;
    zoomOut: string;
    bigCursor: string;
    crosshair: string;
    magnifier: string;
    captions: string;
    textOnly: string;
    reset: string;
    help: string;
    exit: string;
  };
  colourSchemes: {
    default: string;
    'black-white': string;
    'black-yellow': string;
    'blue-white': string;
    'yellow-black': string;
  };
  rates: { slow: string; medium: string; fast: string };
  help: {
    title: string;
    intro: string;
    openToolbar: string;
    close: string;
    shortcutsHeading: string;
    notCompliance: string;
    /** Shown in help where the browser has no CSS Custom Highlight API (Chromium < 105, Firefox < 140, Safari < 17.2). */
    noHighlight: string;
  };
  /** Announcements spoken (when 声音 is on) and shown after an action. */
  announce: {
    on: (name: string) => string;
    off: (name: string) => string;
    textLarger: (percent: number) => string;
    textSmaller: (percent: number) => string;
    zoomIn: (percent: number) => string;
    zoomOut: (percent: number) => string;
    scheme: (scheme: string) => string;
    rate: (rate: string) => string;
    reset: string;
    exit: string;
    careOn: string;
    careOff: string;
  };
  speech: {
    unsupported: string;
    failed: string;
    clickToStart: string;
    noArticle: string;
  };
  kinds: {
    link: string;
    button: string;
    image: string;
    input: string;
    heading: (level: number) => string;
    checkbox: string;
    select: string;
    video: string;
  };
  touchOnly: string;
  /** The 纯文本 reader view. */
  reader: {
    /** Accessible name of the view. */
    name: string;
    /** Its close button. */
    close: string;
    date: string;
    source: string;
    /** Before an image's alt text. */
    image: string;
    /** A label and its value, as the language writes them ("来源：…", "Source: …"). */
    field: (label: string, value: string) => string;
  };
  percent: (n: number) => string;
}
