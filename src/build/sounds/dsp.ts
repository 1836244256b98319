/**
 * Small, dependency-free DSP building blocks for the sound generator (build time only).
 * Everything is deterministic: noise comes from a seeded PRNG, never Math.random().
 */

import { createRandom } from '../../engine/random';

export const SAMPLE_RATE = 44_100;

/** Number of samples in `seconds` at the generator's sample rate. */
export function sampleCount(seconds: number): number {
  return Math.round(seconds * SAMPLE_RATE);
}

/** The engine's seeded PRNG (mulberry32), shared so there is one implementation. */
export const mulberry32 = createRandom;

/** Seeded white noise in [-1, 1). */
export function whiteNoise(length: number, seed: number): Float32Array {
  const rand = mulberry32(seed);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = rand() * 2 - 1;
  return out;
}

/** Raised-cosine (sin²) ramp from 0 to 1 over `attack` seconds: no corner, so no click. */
export function attackGain(t: number, attack: number): number {
  if (t >= attack) return 1;
  if (t <= 0) return 0;
  const s = Math.sin((Math.PI / 2) * (t / attack));
  return s * s;
}

/** One vibrating mode of a struck object: a sine with its own level and exponential decay. */
export interface Partial {
  /** Frequency as a multiple of the (possibly gliding) fundamental. */
  ratio: number;
  amp: number;
  /** Exponential decay time constant, seconds. */
  tau: number;
}

export interface ToneSpec {
  /** Fundamental frequency in Hz at the end of any glide. */
  freq: number;
  partials: readonly Partial[];
  /** Raised-cosine attack, seconds. */
  attack: number;
  /** Optional pitch glide: starts at freq * glideFrom and settles exponentially to freq. */
  glideFrom?: number;
  glideTau?: number;
}

/** Additive "modal" synthesis of a soft struck tone, written (mixed) into `out` at `offset`. */
export function addTone(out: Float32Array, offset: number, spec: ToneSpec, gain = 1): void {
  const { freq, partials, attack, glideFrom = 1, glideTau = 0.02 } = spec;
  const phases = partials.map(() => 0);
  for (let i = offset; i < out.length; i++) {
    const t = (i - offset) / SAMPLE_RATE;
    const f0 = freq * (1 + (glideFrom - 1) * Math.exp(-t / glideTau));
    const env = attackGain(t, attack) * gain;
    let sum = 0;
    partials.forEach((p, k) => {
      const phase = phases[k] ?? 0;
      sum += p.amp * Math.exp(-t / p.tau) * Math.sin(phase);
      phases[k] = phase + (2 * Math.PI * f0 * p.ratio) / SAMPLE_RATE;
    });
    out[i] = (out[i] ?? 0) + env * sum;
  }
}

/** RBJ-cookbook biquad coefficients (normalised so a0 = 1). */
interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

export type FilterKind = 'lowpass' | 'highpass' | 'bandpass';

export function biquad(kind: FilterKind, freq: number, q: number): Biquad {
  const w = (2 * Math.PI * freq) / SAMPLE_RATE;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  let b: [number, number, number];
  if (kind === 'lowpass') b = [(1 - cos) / 2, 1 - cos, (1 - cos) / 2];
  else if (kind === 'highpass') b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
  else b = [alpha, 0, -alpha]; // band-pass, 0 dB peak gain
  return { b0: b[0] / a0, b1: b[1] / a0, b2: b[2] / a0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
}

/**
 * Runs a biquad over `x` in place (direct form I). `coeffsAt` may change the filter over time
 * (a sweep); it is asked again every 32 samples.
 */
export function filterInPlace(x: Float32Array, coeffsAt: (t: number) => Biquad): void {
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let c = coeffsAt(0);
  for (let i = 0; i < x.length; i++) {
    if (i % 32 === 0) c = coeffsAt(i / SAMPLE_RATE);
    const x0 = x[i] ?? 0;
    const y0 = c.b0 * x0 + c.b1 * x1 + c.b2 * x2 - c.a1 * y1 - c.a2 * y2;
    x2 = x1;
    x1 = x0;
    y2 = y1;
    y1 = y0;
    x[i] = y0;
  }
}

/** Fixed filter applied `stages` times (Butterworth Q), e.g. a 4th-order low-pass for 2 stages. */
export function applyFilter(x: Float32Array, kind: FilterKind, freq: number, stages = 1): void {
  const c = biquad(kind, freq, Math.SQRT1_2);
  for (let s = 0; s < stages; s++) filterInPlace(x, () => c);
}

export interface FinishOptions {
  /** Low-pass corner (Hz) of the final 4th-order warmth filter. */
  lowpassHz: number;
  /** Length of the final cos² fade to exact silence, seconds. */
  fadeOut: number;
  /** Target peak level, dBFS. */
  peakDb: number;
}

export const TARGET_PEAK_DB = -14;

/**
 * The shared mastering chain: 4th-order low-pass (nothing shrill), DC-blocking high-pass,
 * cos² fade-out to exact silence, first sample pinned to zero, and peak normalisation.
 */
export function finish(x: Float32Array, opts: FinishOptions): Float32Array {
  applyFilter(x, 'lowpass', opts.lowpassHz, 2);
  applyFilter(x, 'highpass', 30, 1);
  const fade = Math.min(x.length, sampleCount(opts.fadeOut));
  for (let i = 0; i < fade; i++) {
    const idx = x.length - 1 - i;
    const c = Math.sin((Math.PI / 2) * (i / fade));
    x[idx] = (x[idx] ?? 0) * c * c;
  }
  x[0] = 0;
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const gain = peak > 0 ? 10 ** (opts.peakDb / 20) / peak : 0;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) * gain;
  return x;
}
