export const launcherStyles = /* css */ `
  :host {
    position: fixed !important;
    z-index: 2147483646 !important;
    margin: 0 !important;
  }
  :host([position='right-bottom']) { right: 16px !important; bottom: 16px !important; }
  :host([position='left-bottom']) { left: 16px !important; bottom: 16px !important; }
  :host([position='right-top']) { right: 16px !important; top: 16px !important; }
  :host([position='left-top']) { left: 16px !important; top: 16px !important; }
  :host([hidden]) { display: none !important; }
  [role='group'] {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  button {
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-width: calc(48px * var(--_scale));
    min-height: calc(48px * var(--_scale));
    padding: 0 calc(14px * var(--_scale));
    border-radius: 24px;
    font-size: calc(16px * var(--_scale));
    font-weight: 600;
    background: var(--_accent);
    color: var(--_accent-fg);
    border: 2px solid var(--_accent-fg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 35%);
  }
  button[aria-pressed='true'],
  button[aria-expanded='true'] {
    background: var(--_accent-fg);
    color: var(--_accent);
    border-color: var(--_accent);
  }
`;
