import { unsafeCSS } from 'lit';
import toolbarCss from './wza-toolbar.css?inline';

export const toolbarStyles = unsafeCSS(toolbarCss);
