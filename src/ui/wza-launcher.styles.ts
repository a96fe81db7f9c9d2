import launcherCss from './wza-launcher.css?inline';

export const launcherStyles: string = launcherCss;
