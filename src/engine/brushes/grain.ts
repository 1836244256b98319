import { createRandom } from '../random';

export const GRAIN_TILE_SIZE = 96;

/**
 * RGBA bytes of a crayon grain tile: black with an alpha that says how much paint a pixel loses.
 * Horizontal smearing gives the waxy drag of a crayon on paper. Pure and seeded, so every device
 * draws the same grain.
 */
export function createGrainTile(seed = 7, size = GRAIN_TILE_SIZE): Uint8ClampedArray {
  const random = createRandom(seed);
  const noise = new Float32Array(size * size);
  for (let i = 0; i < noise.length; i++) noise[i] = random();
  const bytes = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Average a short horizontal run (wrapping, so the tile repeats without seams).
      let sum = 0;
      for (let dx = -2; dx <= 2; dx++) sum += noise[y * size + ((x + dx + size) % size)] ?? 0;
      const smeared = sum / 5;
      const fine = noise[y * size + x] ?? 0;
      const hole = Math.max(0, smeared - 0.56) / 0.44 * 0.8 + (fine > 0.93 ? 0.35 : 0);
      bytes[(y * size + x) * 4 + 3] = Math.min(255, Math.round(hole * 255));
    }
  }
  return bytes;
}
