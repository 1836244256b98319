import { describe, expect, it } from 'vitest';
import { fnv1a } from './fnv';

describe('FNV-1a', () => {
  it('gives the published 32-bit digests for text', () => {
    const digestOf = (text: string) => {
      const digest = fnv1a();
      digest.mixText(text);
      return digest.value();
    };
    expect(digestOf('')).toBe(0x811c9dc5);
    expect(digestOf('a')).toBe(0xe40c292c);
    expect(digestOf('foobar')).toBe(0xbf9cf968);
  });

  it('gives the same digest for numbers mixed one by one or all at once', () => {
    const bytes = Uint8Array.from('foobar', (c) => c.charCodeAt(0));
    const all = fnv1a();
    all.mixAll(bytes);
    expect(all.value()).toBe(0xbf9cf968);
    const some = fnv1a();
    some.mix(bytes[0]!);
    some.mixAll(bytes.subarray(1));
    expect(some.value()).toBe(0xbf9cf968);
    const words = Uint32Array.of(0xffffffff, 7, 0x80000000);
    const eachWord = fnv1a();
    for (const w of [-1, 7, 0x80000000]) eachWord.mix(w);
    const allWords = fnv1a();
    allWords.mixAll(words);
    expect(allWords.value()).toBe(eachWord.value());
  });

  it('mixes numbers by their low 32 bits', () => {
    const a = fnv1a();
    a.mix(-1);
    const b = fnv1a();
    b.mix(0xffffffff);
    expect(a.value()).toBe(b.value());
  });
});
