/** FNV-1a, 32 bits: a short, stable digest for names and checks (not for security). */
export interface Fnv1a {
  /** Mixes in one number (its low 32 bits). */
  mix(value: number): void;
  /** Mixes in every UTF-16 unit of a text. */
  mixText(text: string): void;
  /** Mixes in each number in turn, as `mix` does, in one tight loop (megabytes of pixels). */
  mixAll(values: ArrayLike<number>): void;
  /** The digest so far, as an unsigned 32-bit number. */
  value(): number;
}

export function fnv1a(): Fnv1a {
  let h = 0x811c9dc5;
  const mix = (v: number) => {
    h ^= v >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  return {
    mix,
    mixText(text) {
      for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    },
    mixAll(values) {
      let x = h;
      for (let i = 0, n = values.length; i < n; i++) x = Math.imul(x ^ (values[i] as number), 0x01000193) >>> 0;
      h = x;
    },
    value: () => h,
  };
}
