import { describe, expect, it } from 'vitest';
import { pictureFileName } from './fileName';

describe('pictureFileName', () => {
  const when = new Date(2026, 10, 24, 15, 30).getTime();

  it('names the page and the local date and time', () => {
    expect(pictureFileName('firefighter', when)).toBe('picture-firefighter-2026-11-24-1530.png');
    expect(pictureFileName(null, when)).toBe('picture-drawing-2026-11-24-1530.png');
  });

  it('adds a first name only when given, keeping Kazakh letters and dropping path characters', () => {
    expect(pictureFileName('chef', when, 'Әлия')).toBe('picture-chef-Әлия-2026-11-24-1530.png');
    expect(pictureFileName('chef', when, '../Bob /x')).toBe('picture-chef-Bob-x-2026-11-24-1530.png');
  });
});
