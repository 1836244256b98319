/**
 * Named colours, in spectrum order with alternating lightness so neighbours differ for
 * colour-blind children too (red/green and blue/purple never sit side by side at equal lightness).
 */
export const PALETTE = [
  { name: 'red', hex: '#e53935' },
  { name: 'orange', hex: '#fb8c00' },
  { name: 'yellow', hex: '#fdd835' },
  { name: 'lime', hex: '#9ccc65' },
  { name: 'green', hex: '#2e7d32' },
  { name: 'sky', hex: '#4fc3f7' },
  { name: 'blue', hex: '#1e4fd8' },
  { name: 'purple', hex: '#8e24aa' },
  { name: 'pink', hex: '#f48fb1' },
  { name: 'peach', hex: '#ffcc99' },
  { name: 'brown', hex: '#795548' },
  { name: 'grey', hex: '#9e9e9e' },
  { name: 'black', hex: '#1b1b1b' },
  { name: 'white', hex: '#ffffff' },
] as const;

export type ColorName = (typeof PALETTE)[number]['name'];

export function colorHex(name: ColorName): string {
  const entry = PALETTE.find((c) => c.name === name);
  return entry ? entry.hex : '#1b1b1b';
}

/** Brush diameters in document pixels; large is over 4x small so the difference is obvious. */
export const SIZES = { small: 14, medium: 34, large: 70 } as const;
export type SizeName = keyof typeof SIZES;
export const SIZE_NAMES: readonly SizeName[] = ['small', 'medium', 'large'];

/** Smaller palettes keep colours far apart: six for the simple preset, ten in between. */
const PALETTE_CHOICE: Record<number, readonly ColorName[]> = {
  6: ['red', 'yellow', 'green', 'blue', 'purple', 'black'],
  10: ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown', 'black', 'white'],
};

export function paletteOf(size: number): readonly (typeof PALETTE)[number][] {
  const names = PALETTE_CHOICE[size];
  return names ? PALETTE.filter((c) => names.includes(c.name)) : PALETTE;
}
