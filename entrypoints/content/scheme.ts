/**
 * Whether the page is dark or light behind a figure, so that the hover card matches the page
 * it opens on (a white card on a dark site glares) whatever the reader's system theme.
 */

export type Scheme = 'light' | 'dark';

/** Red, green, blue (0–255) and alpha (0–1) of a computed `rgb()`/`rgba()` colour, else null. */
function parseRgb(colour: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    colour,
  );
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : +m[4];
  return [+(m[1] as string), +(m[2] as string), +(m[3] as string), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The scheme behind a node: the first mostly opaque background colour among its ancestors, else
 * the canvas (dark only when the page asks for a dark colour scheme alone). Null when the page
 * leaves it to the reader's system theme (`color-scheme: light dark` and no background).
 */
export function schemeBehind(node: Node, win: Window & typeof globalThis): Scheme | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (; el; el = el.parentElement) {
    const rgba = parseRgb(win.getComputedStyle(el).backgroundColor);
    // Colours written in other spaces (oklch()…) are skipped: the ancestors decide.
    // Dark when white text would contrast more with it than black text (luminance below 0.18).
    if (rgba && rgba[3] >= 0.5)
      return luminance(rgba[0], rgba[1], rgba[2]) < 0.18 ? 'dark' : 'light';
  }
  const root = win.document.documentElement;
  const scheme = root ? win.getComputedStyle(root).colorScheme : '';
  const dark = /\bdark\b/.test(scheme);
  const light = /\blight\b/.test(scheme);
  if (dark && light) return null;
  return dark ? 'dark' : 'light';
}
