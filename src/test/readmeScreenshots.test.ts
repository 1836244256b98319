import { readdirSync, readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';

// The README shows these pictures to every newcomer: none may be a blank or half-loaded screen.
const DIR = new URL('../../e2e/screenshots/', import.meta.url);
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.png'));

async function contentOf(name: string): Promise<{ offBackground: number; colours: number }> {
  const image = await loadImage(readFileSync(new URL(name, DIR)));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    // Colours to 4 bits a channel, so anti-aliasing does not count as content.
    const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pixels = data.length / 4;
  const background = Math.max(...counts.values());
  return { offBackground: 1 - background / pixels, colours: [...counts.values()].filter((n) => n > pixels / 10_000).length };
}

describe('README screenshots', () => {
  it('are all there', () => {
    expect(FILES.sort()).toEqual(['colouring.png', 'drawing.png', 'gallery.png', 'home.png', 'pages.png', 'scanning.png']);
  });

  it.each(FILES)('%s shows a real screen, not a blank one', async (name) => {
    const { offBackground, colours } = await contentOf(name);
    expect(offBackground).toBeGreaterThan(0.08);
    expect(colours).toBeGreaterThan(20);
  });
});
