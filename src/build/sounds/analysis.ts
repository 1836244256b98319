/** Measurements used by the sound tests and the generator's report (build time only). */
import { SAMPLE_RATE } from './dsp.ts';

export function toDb(amplitude: number): number {
  return amplitude > 0 ? 20 * Math.log10(amplitude) : -Infinity;
}

/** Largest absolute sample in [from, to). */
export function peak(x: Float32Array, from = 0, to = x.length): number {
  let p = 0;
  for (let i = Math.max(0, from); i < Math.min(to, x.length); i++) p = Math.max(p, Math.abs(x[i] ?? 0));
  return p;
}

export function rms(x: Float32Array, from = 0, to = x.length): number {
  let sum = 0;
  const a = Math.max(0, from);
  const b = Math.min(to, x.length);
  for (let i = a; i < b; i++) sum += (x[i] ?? 0) ** 2;
  return b > a ? Math.sqrt(sum / (b - a)) : 0;
}

export function mean(x: Float32Array): number {
  let sum = 0;
  for (const v of x) sum += v;
  return x.length > 0 ? sum / x.length : 0;
}

export function durationMs(x: Float32Array): number {
  return (x.length / SAMPLE_RATE) * 1000;
}

/** Milliseconds from the start until |x| first reaches `fraction` of the sound's peak. */
export function riseTimeMs(x: Float32Array, fraction = 0.9): number {
  const threshold = peak(x) * fraction;
  const i = x.findIndex((v) => Math.abs(v) >= threshold);
  return (Math.max(0, i) / SAMPLE_RATE) * 1000;
}

/** In-place iterative radix-2 FFT; `re` and `im` have a power-of-two length. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j] ?? 0, re[i] ?? 0];
      [im[i], im[j]] = [im[j] ?? 0, im[i] ?? 0];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const step = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const wr = Math.cos(step * k);
        const wi = Math.sin(step * k);
        const br = re[b] ?? 0;
        const bi = im[b] ?? 0;
        const tr = wr * br - wi * bi;
        const ti = wr * bi + wi * br;
        re[b] = (re[a] ?? 0) - tr;
        im[b] = (im[a] ?? 0) - ti;
        re[a] = (re[a] ?? 0) + tr;
        im[a] = (im[a] ?? 0) + ti;
      }
    }
  }
}

/** Power spectrum (bins 0..N/2) of the whole signal, zero-padded to a power of two. */
export function powerSpectrum(x: Float32Array): { power: Float64Array; binHz: number } {
  let n = 1;
  while (n < x.length) n <<= 1;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  re.set(x);
  fft(re, im);
  const power = new Float64Array(n / 2 + 1);
  for (let k = 0; k <= n / 2; k++) power[k] = (re[k] ?? 0) ** 2 + (im[k] ?? 0) ** 2;
  return { power, binHz: SAMPLE_RATE / n };
}

/** Fraction of the signal's spectral energy at or above `hz`. */
export function energyAbove(x: Float32Array, hz: number): number {
  const { power, binHz } = powerSpectrum(x);
  let total = 0;
  let high = 0;
  power.forEach((p, k) => {
    total += p;
    if (k * binHz >= hz) high += p;
  });
  return total > 0 ? high / total : 0;
}

/** Energy-weighted mean frequency (spectral centroid), Hz: a rough "brightness". */
export function spectralCentroid(x: Float32Array): number {
  const { power, binHz } = powerSpectrum(x);
  let total = 0;
  let weighted = 0;
  power.forEach((p, k) => {
    total += p;
    weighted += p * k * binHz;
  });
  return total > 0 ? weighted / total : 0;
}

export interface SoundReport {
  durationMs: number;
  peakDb: number;
  rmsDb: number;
  riseMs: number;
  dcOffset: number;
  above5kHz: number;
  above6kHz: number;
  centroidHz: number;
}

export function describe(x: Float32Array): SoundReport {
  return {
    durationMs: durationMs(x),
    peakDb: toDb(peak(x)),
    rmsDb: toDb(rms(x)),
    riseMs: riseTimeMs(x),
    dcOffset: mean(x),
    above5kHz: energyAbove(x, 5000),
    above6kHz: energyAbove(x, 6000),
    centroidHz: spectralCentroid(x),
  };
}
