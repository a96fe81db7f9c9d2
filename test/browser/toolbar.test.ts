import '../with-ui-strings.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { Control } from '../../src/features/feature.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { defineElements, type WzaToolbar } from '../../src/lazy.js';

defineElements();

function controls(log: string[]): Control[] {
  return [
    { type: 'button', key: 'a', label: '大鼠标', icon: 'bigCursor', pressed: false, shortcut: 'Alt+M', activate: () => log.push('a') },
    {
      type: 'menu',
      key: 'colours',
      label: '配色',
      icon: 'colours',
      options: [
        { value: 'default', label: '默认', checked: true },
        { value: 'black-yellow', label: '黑底黄字', checked: false },
      ],
      select: (v) => log.push(`colours:${v}`),
    },
    {
      type: 'button',
      key: 'off',
      label: '声音',
      icon: 'sound',
      disabled: true,
      note: '当前浏览器不支持朗读',
      activate: () => log.push('off'),
    },
  ];
}

async function mountToolbar(log: string[]) {
  const el = await fixture<WzaToolbar>(html`<wza-toolbar .t=${zhCN} .controls=${controls(log)}></wza-toolbar>`);
  const root = el.shadowRoot!;
  return { el, root, buttons: [...root.querySelectorAll<HTMLButtonElement>('button.control')] };
}

function key(target: Element, k: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

describe('wza-toolbar', () => {
  it('is a toolbar named 无障碍工具栏 with one Tab stop', async () => {
    const { root, buttons } = await mountToolbar([]);
    const bar = root.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('无障碍工具栏');
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(buttons[0]!.getAttribute('aria-keyshortcuts')).to.equal('Alt+M');
  });

  it('activates a button control on click', async () => {
    const log: string[] = [];
    const { buttons } = await mountToolbar(log);
    buttons[0]!.click();
    expect(log).to.deep.equal(['a']);
  });

  it('does not activate a disabled control, and says why', async () => {
    const log: string[] = [];
    const { root, buttons } = await mountToolbar(log);
    buttons[2]!.click();
    expect(log).to.deep.equal([]);
    expect(buttons[2]!.getAttribute('aria-disabled')).to.equal('true');
    const noteId = buttons[2]!.getAttribute('aria-describedby')!;
    expect(root.getElementById(noteId)!.textContent).to.equal('当前浏览器不支持朗读');
  });

  it('opens a menu of menuitemradio, selects with Enter, and Escape returns focus to its button', async () => {
    const log: string[] = [];
    const { el, root, buttons } = await mountToolbar(log);
    buttons[1]!.focus();
    key(buttons[1]!, 'ArrowDown');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const items = [...root.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    expect(items.map((i) => i.getAttribute('aria-checked'))).to.deep.equal(['true', 'false']);
    expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(items[0]);
    key(items[0]!, 'ArrowDown');
    expect(root.activeElement).to.equal(items[1]);
    key(items[1]!, 'Enter');
    await el.updateComplete;
    expect(log).to.deep.equal(['colours:black-yellow']);
    expect(root.querySelector('[role="menu"]')).to.equal(null);

    buttons[1]!.click();
    await el.updateComplete;
    key(root.querySelector('[role="menuitemradio"]')!, 'Escape');
    await el.updateComplete;
    expect(root.querySelector('[role="menu"]')).to.equal(null);
    expect(root.activeElement).to.equal(buttons[1]);
  });

  it('Escape with no menu open asks to exit', async () => {
    const { el, buttons } = await mountToolbar([]);
    let action = '';
    el.addEventListener('wza-action', (e) => (action = e.action));
    key(buttons[0]!, 'Escape');
    expect(action).to.equal('exit');
  });

  it('shows a group of controls together: a −/+ stepper under one caption with the level, each button keeping its name; the arrows cross groups in order', async () => {
    const log: string[] = [];
    const grouped: Control[] = [
      { type: 'button', key: 'sound', label: '声音', icon: 'sound', group: 'speech', activate: () => log.push('sound') },
      { type: 'button', key: 'smaller', label: '文字缩小', icon: 'textSmaller', group: 'text-size', activate: () => log.push('smaller') },
      {
        type: 'button',
        key: 'larger',
        label: '文字放大',
        icon: 'textLarger',
        value: '125%',
        group: 'text-size',
        activate: () => log.push('larger'),
      },
      { type: 'button', key: 'help', label: '帮助', icon: 'help', activate: () => log.push('help') },
    ];
    const el = await fixture<WzaToolbar>(html`<wza-toolbar .t=${zhCN} .controls=${grouped}></wza-toolbar>`);
    const root = el.shadowRoot!;
    const groups = [...root.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => g.getAttribute('aria-label'))).to.deep.equal(['语音', '文字']);
    const stepper = groups[1]!;
    expect(stepper.querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('文字 125%');
    const [smaller, larger] = [...stepper.querySelectorAll<HTMLButtonElement>('button.control')];
    expect(larger!.textContent!.replace(/\s+/g, '')).to.equal('文字放大125%');
    expect(smaller!.getBoundingClientRect().right).to.be.at.most(larger!.getBoundingClientRect().left + 1);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.control')];
    expect(buttons.map((b) => b.dataset.control)).to.deep.equal(['sound', 'smaller', 'larger', 'help']);
    buttons[0]!.focus();
    key(buttons[0]!, 'ArrowRight');
    expect(root.activeElement).to.equal(smaller);
    key(smaller!, 'ArrowRight');
    expect(root.activeElement).to.equal(larger);
    key(larger!, 'ArrowRight');
    expect(root.activeElement).to.equal(buttons[3]);
    larger!.click();
    expect(log).to.deep.equal(['larger']);
  });

  it('cannot be hidden by a page rule such as button{display:none!important}', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('button{display:none!important} *{font-size:9px!important}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const { buttons } = await mountToolbar([]);
      expect(getComputedStyle(buttons[0]!).display).to.not.equal('none');
      expect(buttons[0]!.getBoundingClientRect().height).to.be.greaterThanOrEqual(44);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
