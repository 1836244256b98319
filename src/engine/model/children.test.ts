import { describe, expect, it } from 'vitest';
import { cleanName, parseChildren } from './children';

describe('children', () => {
  it('keeps good entries and drops bad ones', () => {
    const parsed = parseChildren([
      { id: 'c1', name: '  Әлия ', avatar: 'fox', color: 'pink' },
      { id: 'c1', name: 'Duplicate', avatar: 'fox', color: 'pink' },
      { id: 'c2', name: '', avatar: 'fox', color: 'pink' },
      { id: 'bad id', name: 'X', avatar: 'fox', color: 'pink' },
      { id: 'c3', name: 'Тимур', avatar: 'dragon', color: 'gold' },
      'junk',
    ]);
    expect(parsed).toEqual([
      { id: 'c1', name: 'Әлия', avatar: 'fox', color: 'pink', access: null },
      { id: 'c3', name: 'Тимур', avatar: 'cat', color: 'blue', access: null },
    ]);
    expect(parseChildren(null)).toEqual([]);
  });

  it('cleans names', () => {
    expect(cleanName('  Ann\u200b  Marie\n')).toBe('Ann Marie');
    expect(cleanName('x'.repeat(100))).toHaveLength(30);
  });
});
