/**
 * Styles shared by the widget's elements.
 * Plain strings, so the launcher (loaded at start, without lit) can use them too;
 * lit elements wrap them with unsafeCSS (they are our own constants). Public tokens `--wza-<token>` are read
 * once into private `--_<token>` on :host. Host-level declarations are
 * !important because, for important declarations, the shadow tree's own rules
 * beat the page's: a hostile `* { font-size: 14px !important }` cannot resize us.
 */

export const hostReset = /* css */ `
  :host {
    --_fg: var(--wza-fg, #1a1a1a);
    --_bg: var(--wza-bg, #ffffff);
    --_accent: var(--wza-accent, #0b57d0);
    --_accent-fg: var(--wza-accent-fg, #ffffff);
    --_focus: var(--wza-focus, #c2410c);
    --_border: var(--wza-border, #5f6368);
    --_font: var(--wza-font, system-ui, 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif);
    --_scale: 1;
    all: initial !important;
    display: block !important;
    font-family: var(--_font) !important;
    font-size: 16px !important;
    line-height: 1.4 !important;
    color: var(--_fg) !important;
    visibility: visible !important;
    opacity: 1 !important;
    zoom: 1 !important;
    filter: none !important;
    pointer-events: auto !important;
    /* the top layer's popover defaults (border, padding, inset, colours) are not ours */
    border: none !important;
    padding: 0 !important;
    overflow: visible !important;
    background: transparent !important;
    width: auto !important;
    height: auto !important;
    max-width: none !important;
    max-height: none !important;
  }
  :host([large]) {
    --_scale: 1.3;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex !important;
    visibility: visible !important;
    cursor: pointer;
    font: inherit;
    color: inherit;
  }
  button:focus-visible,
  [role='menuitemradio']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    flex: none;
    width: calc(24px * var(--_scale));
    height: calc(24px * var(--_scale));
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
