/** WCAG 2.1 AA for normal text: label chips and avatars carry small white text. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX_RE = /^#([0-9a-f]{6})$/i;

function isHexColor(value: string): boolean {
  return HEX_RE.test(value.trim());
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function relativeLuminance(hex: string): number {
  const m = HEX_RE.exec(hex.trim());
  if (!m) return Number.NaN;
  const n = Number.parseInt(m[1]!, 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

export type ColorProblem = { problem: 'invalid' } | { problem: 'too-light'; ratio: number };

/**
 * Chips and avatars are drawn with white text everywhere in the app, so a colour is only
 * accepted when white on it reaches the AA contrast; a lighter one would make the label unreadable.
 */
export function checkChipColor(hex: string): ColorProblem | null {
  if (!isHexColor(hex)) return { problem: 'invalid' };
  const ratio = contrastRatio(hex, '#ffffff');
  if (ratio < MIN_TEXT_CONTRAST)
    return { problem: 'too-light', ratio: Math.floor(ratio * 10) / 10 };
  return null;
}

/** Dark colours that all carry white text; a new label or person gets the first one not in use. */
export const CHIP_PALETTE = [
  '#1f5fa8',
  '#7a3e9d',
  '#b0451a',
  '#1d7a4f',
  '#9c2f5e',
  '#4b5a1e',
  '#0f5e6e',
  '#5c4033',
  '#2f4f6f',
  '#8a2450',
] as const;

export function nextFreeColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return (
    CHIP_PALETTE.find((c) => !taken.has(c)) ?? CHIP_PALETTE[used.length % CHIP_PALETTE.length]!
  );
}
