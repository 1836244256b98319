import type { ToolId } from './ops';
import { SIZE_NAMES, type SizeName } from './palette';
import { isObject, isOneOf } from './validation';

export const ALL_TOOLS: readonly ToolId[] = ['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'fill', 'stamp', 'eraser'];
/** The simple preset: few choices for children who need them. */
export const SIMPLE_TOOLS: readonly ToolId[] = ['marker', 'fill', 'stamp'];
export const PALETTE_SIZES = [6, 10, 14] as const;
export type PaletteSize = (typeof PALETTE_SIZES)[number];

/** What a child sees on the drawing screen: the device's choice for guests, or a child's own. */
export interface ChildSees {
  tools: ToolId[];
  paletteSize: PaletteSize;
  sizes: SizeName[];
  /** The mirror-drawing button (mandalas): too much for some children. */
  symmetry: boolean;
}

/** Tools or sizes: a non-empty list of known names, kept in their canonical order; else null. */
export function parseChoiceList<T>(raw: unknown, all: readonly T[]): T[] | null {
  return Array.isArray(raw) && raw.length > 0 && raw.every((x) => all.includes(x as T)) ? all.filter((x) => (raw as unknown[]).includes(x)) : null;
}

export function parsePaletteSize(raw: unknown): PaletteSize | null {
  return isOneOf(PALETTE_SIZES, raw) ? raw : null;
}

/** A child's own choice, whole or not at all: a junk one means the device's choice. */
export function parseChildSees(raw: unknown): ChildSees | null {
  if (!isObject(raw)) return null;
  const tools = parseChoiceList(raw.tools, ALL_TOOLS);
  const paletteSize = parsePaletteSize(raw.paletteSize);
  const sizes = parseChoiceList(raw.sizes, SIZE_NAMES);
  // Saved before the mirror could be hidden: it was shown then, and still is.
  const symmetry = raw.symmetry === undefined ? true : typeof raw.symmetry === 'boolean' ? raw.symmetry : null;
  return tools && paletteSize && sizes && symmetry !== null ? { tools, paletteSize, sizes, symmetry } : null;
}
