import { css } from 'lit';

export const toolbarStyles = css`
  :host {
    position: fixed !important;
    z-index: 2147483647 !important;
    top: 0 !important;
    left: 0 !important;
    right: 0 !important;
    bottom: auto !important;
    margin: 0 !important;
    width: auto !important;
    background: var(--_bg) !important;
    border-bottom: 3px solid var(--_border) !important;
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%) !important;
  }
  .bar {
    position: relative;
    display: flex;
    align-items: stretch;
    gap: 8px;
    padding: 4px 8px;
  }
  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: 2px;
    flex: 1;
    min-width: 0;
  }
  button.control {
    /* never squeezed narrower than its label: the row wraps, or scrolls on phones */
    flex: none;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 2px;
    min-width: calc(56px * var(--_scale));
    min-height: calc(52px * var(--_scale));
    padding: 4px 6px;
    border-radius: 6px;
    border: 2px solid transparent;
    font-size: calc(14px * var(--_scale));
    line-height: 1.2;
    text-align: center;
    white-space: nowrap;
    color: var(--_fg);
    background: transparent;
  }
  button.control:hover {
    border-color: var(--_border);
  }
  button.control[aria-pressed='true'],
  button.control[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  button.control[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.75;
    text-decoration: line-through;
  }
  .value {
    font-size: calc(12px * var(--_scale));
    font-weight: 600;
  }
  /* The result of the last action, shown for a few seconds as a note under the bar's
     right end: it takes no room in the row, so the bar keeps one height. */
  [role='status'] {
    position: absolute;
    top: calc(100% + 3px);
    right: 8px;
    max-width: min(24em, calc(100vw - 16px));
    padding: 6px 12px;
    font-size: calc(16px * var(--_scale));
    color: var(--_bg);
    background: var(--_fg);
    border-radius: 0 0 6px 6px;
    pointer-events: none;
  }
  [role='status']:empty,
  [role='status'].faded {
    padding: 0;
    clip-path: inset(50%);
  }
  [role='menu'] {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 1;
    min-width: 10em;
    padding: 4px;
    background: var(--_bg);
    color: var(--_fg);
    border: 2px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 30%);
  }
  [role='menuitemradio'] {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    padding: 0 12px 0 8px;
    font-size: calc(16px * var(--_scale));
    cursor: pointer;
    border-radius: 4px;
  }
  [role='menuitemradio']:hover,
  [role='menuitemradio']:focus {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  [role='menuitemradio'] svg {
    visibility: hidden;
  }
  [role='menuitemradio'][aria-checked='true'] svg {
    visibility: visible;
  }
  .help {
    max-height: 60vh;
    overflow: auto;
    padding: 8px 16px 16px;
    border-top: 1px solid var(--_border);
    font-size: calc(16px * var(--_scale));
  }
  .help h2 {
    font-size: calc(20px * var(--_scale));
    margin: 8px 0;
  }
  .help h3 {
    font-size: calc(17px * var(--_scale));
    margin: 12px 0 4px;
  }
  .help p {
    margin: 4px 0;
  }
  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 16px;
    margin: 0;
  }
  .help dt {
    font-weight: 700;
    font-family: ui-monospace, monospace;
  }
  .help dd {
    margin: 0;
  }
  .help button {
    margin-top: 12px;
    padding: 8px 16px;
    min-height: 44px;
    align-items: center;
    border: 2px solid var(--_border);
    border-radius: 6px;
  }
  /* Phones: one scrolling row keeps the page visible; targets stay 44 px and up. */
  @media (max-width: 640px) {
    .bar {
      flex-wrap: wrap;
    }
    [role='toolbar'] {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: thin;
    }
    button.control {
      min-width: 56px;
    }
  }
`;
