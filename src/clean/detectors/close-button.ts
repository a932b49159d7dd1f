// Stray close buttons of overlays and banners that a copy-paste picks up: "×", "✕", "Close".
import { lineDetector } from './line-detector.ts';

/** The whole line is a close control: a multiplication sign or cross glyph, a lone x, or the word "close". */
const CLOSE_BUTTON = /^(?:[×✕✖✗⨯xX]|\[\s*[xX×]\s*\]|close(?:\s*[×✕xX])?|закрыть|schließen|fermer|cerrar)$/iu;

export const closeButton = lineDetector('close-button', (text) => CLOSE_BUTTON.test(text));
