/** Region label maps: connected components and boundaries. Pure functions over typed arrays. */

export interface Labels {
  /** Region id of every pixel, 0..count-1. */
  labels: Int32Array;
  count: number;
}

/** Relabels 4-connected runs of equal labels as 0..count-1 (a split region becomes two). */
export function connectedComponents(labels: Int32Array, width: number, height: number): Labels {
  const n = width * height;
  const out = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (out[s] !== -1) continue;
    const l = labels[s]!;
    const id = count++;
    let top = 0;
    stack[top++] = s;
    out[s] = id;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      if (x > 0 && out[i - 1] === -1 && labels[i - 1] === l) { out[i - 1] = id; stack[top++] = i - 1; }
      if (x < width - 1 && out[i + 1] === -1 && labels[i + 1] === l) { out[i + 1] = id; stack[top++] = i + 1; }
      if (i >= width && out[i - width] === -1 && labels[i - width] === l) { out[i - width] = id; stack[top++] = i - width; }
      if (i + width < n && out[i + width] === -1 && labels[i + width] === l) { out[i + width] = id; stack[top++] = i + width; }
    }
  }
  void height;
  return { labels: out, count };
}

/** Pixels with a 4-neighbour of another label (both sides of every boundary). */
export function boundaryMask(labels: Int32Array, width: number, height: number): Uint8Array {
  const n = width * height;
  const mask = new Uint8Array(n);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const l = labels[i]!;
      if (x < width - 1 && labels[i + 1] !== l) { mask[i] = 1; mask[i + 1] = 1; }
      if (y < height - 1 && labels[i + width] !== l) { mask[i] = 1; mask[i + width] = 1; }
    }
  }
  return mask;
}

/**
 * How many pixel edges each pair of touching regions shares, keyed `a * count + b` (both
 * directions). `from` limits the count to borders seen from the regions it accepts.
 */
export function borderLengths(labels: Int32Array, width: number, height: number, count: number, from: (label: number) => boolean = () => true): Map<number, number> {
  const border = new Map<number, number>();
  const touch = (a: number, b: number): void => {
    if (from(a)) border.set(a * count + b, (border.get(a * count + b) ?? 0) + 1);
    if (from(b)) border.set(b * count + a, (border.get(b * count + a) ?? 0) + 1);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const l = labels[i]!;
      if (x < width - 1 && labels[i + 1] !== l) touch(l, labels[i + 1]!);
      if (y < height - 1 && labels[i + width] !== l) touch(l, labels[i + width]!);
    }
  }
  return border;
}
