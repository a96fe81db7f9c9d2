const B = ':not(#_w#_w#_w#_w#_w)';
const M = 'img,video,picture,canvas,iframe,object,embed';
const p = { fg: '#ff0', bg: '#000', link: '#0ff', focus: '#fff', selection: '#ff0' };
const vars = `--wza-fg:${p.fg};--wza-bg:${p.bg};--wza-accent:${p.fg};--wza-accent-fg:${p.bg};--wza-focus:${p.focus};--wza-border:${p.fg}`;
const main = `:root${B},:root body${B}{color:${p.fg}!important;-webkit-text-fill-color:${p.fg}!important;background-color:${p.bg}!important}
:root body :not(${M})${B}{color:inherit!important;-webkit-text-fill-color:inherit!important;background-color:${p.bg}!important;background-image:none!important;border-color:${p.fg}!important;text-shadow:none!important;box-shadow:none!important}
:root body a[href]${B}{color:${p.link}!important;-webkit-text-fill-color:${p.link}!important;text-decoration:underline!important}`;
const rest = `:root :focus-visible${B}{outline:3px solid ${p.focus}!important;outline-offset:2px!important}
:root body ::placeholder{color:${p.fg}!important;-webkit-text-fill-color:${p.fg}!important;opacity:1!important}
:root ::selection{color:${p.bg}!important;-webkit-text-fill-color:${p.bg}!important;background-color:${p.selection}!important}`;
const pseudo2 = `:root body *${B}::before,:root body *${B}::after{color:inherit!important;-webkit-text-fill-color:inherit!important}`;
export const schemeCss = {
  floor: '*{color:#ff0!important;background-color:#000!important}',
  B_rootVars: [`:root{${vars}}`, main, rest].join('\n'),
  C_widgetVars: [`:root>:not(body,head){${vars}}`, main, rest].join('\n'),
  D_rootVarsPseudo: [`:root{${vars}}`, main, pseudo2, rest].join('\n'),
  E_mainOnly: main,
  F_mainRest: [main, rest].join('\n'),
  G_mainRootVars: [`:root{${vars}}`, main].join('\n'),
  H_mainWidgetVars: [`:root>:not(body,head){${vars}}`, main].join('\n'),
  I_mainFocus: [main, `:root :focus-visible${B}{outline:3px solid ${p.focus}!important;outline-offset:2px!important}`].join('\n'),
  J_mainSel: [main, `:root ::selection{color:${p.bg}!important;-webkit-text-fill-color:${p.bg}!important;background-color:${p.selection}!important}`].join('\n'),
  K_mainPh: [main, `:root body ::placeholder{color:${p.fg}!important;-webkit-text-fill-color:${p.fg}!important;opacity:1!important}`].join('\n'),
};
