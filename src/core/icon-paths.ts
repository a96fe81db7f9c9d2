/** Icon shapes: 24×24 stroke paths drawn in currentColor, so every colour scheme keeps them legible. The launcher's two (care, access) live in svg-icon.ts, which start-up carries. */
import { ACCESS_ICON, CARE_ICON } from './svg-icon.js';

export const ICON_PATHS = {
  sound: 'M4 9h4l5-4v14l-5-4H4z M16 9a4 4 0 0 1 0 6 M18.5 6.5a8 8 0 0 1 0 11',
  pointReading:
    'M9 11V5a1.5 1.5 0 0 1 3 0v5 M12 10V8.5a1.5 1.5 0 0 1 3 0V11 M15 10.5a1.5 1.5 0 0 1 3 0V15a6 6 0 0 1-6 6h-1a6 6 0 0 1-5-3l-2-4a1.5 1.5 0 0 1 2.5-1.5L9 14',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 4h3v16H7z M14 4h3v16h-3z',
  stop: 'M6 6h12v12H6z',
  rate: 'M12 13l4-4 M4 18a9 9 0 1 1 16 0',
  regions: 'M4 4h16v4H4z M4 11h6v9H4z M13 11h7v9h-7z',
  voice: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M3 20a6 6 0 0 1 12 0 M17 8a4 4 0 0 1 0 6 M19.5 5.5a7.5 7.5 0 0 1 0 11',
  colours: 'M12 3a9 9 0 1 0 0 18z M12 3a9 9 0 0 1 0 18',
  textLarger: 'M3 19l5-14 5 14 M5 14h6 M17 8v8 M13 12h8',
  textSmaller: 'M3 19l5-14 5 14 M5 14h6 M14 12h7',
  lineSpacing: 'M10 6h11 M10 12h11 M10 18h11 M5 4v16 M2.5 6.5L5 4l2.5 2.5 M2.5 17.5L5 20l2.5-2.5',
  zoomIn: 'M10.5 3a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15z M16 16l5 5 M7 10.5h7 M10.5 7v7',
  zoomOut: 'M10.5 3a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15z M16 16l5 5 M7 10.5h7',
  bigCursor: 'M5 2l14 10-6 1.5 4 7-3 1.5-4-7L5 19z',
  crosshair: 'M12 2v20 M2 12h20 M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  magnifier: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14z M15 15l6 6 M7 12l3-6 3 6 M8 10.5h4',
  captions: 'M3 6h18v12H3z M6 14h5 M13 14h5 M6 11h12',
  // ā over a character's box: a reading over text.
  pinyin: 'M8 3h8 M15.5 6.5v6 M15.5 9.5a3 3 0 1 0 0 .01 M4 15h16v6H4z',
  textOnly: 'M5 3h10l4 4v14H5z M8 9h8 M8 13h8 M8 17h5',
  // Two overlapping pages of writing: the same text in another script.
  traditional: 'M3 4h11v11H3z M10 9h11v11H10z M6 8h5 M6 11h2 M13 13h5 M13 16h5',
  care: CARE_ICON,
  access: ACCESS_ICON,
  reset: 'M4 12a8 8 0 1 0 2.5-5.8 M4 3v4h4',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14 M12 17.5v.5',
  exit: 'M14 4h5v16h-5 M10 8l-4 4 4 4 M6 12h10',
  close: 'M6 6l12 12 M18 6L6 18',
  check: 'M5 12l5 5 9-10',
} as const;

export type IconName = keyof typeof ICON_PATHS;
