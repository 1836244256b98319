/**
 * The app's original sounds, synthesised from scratch as mono Float32 PCM at 44.1 kHz.
 *
 * Sound design for a calm art-therapy class (children who are sensitive to sound): every sound
 * is built from a few sine partials with exponential decays (or gently filtered noise), starts
 * with a ≥ 9 ms raised-cosine attack, ends in a fade to exact silence, is low-passed to keep
 * energy well below 5 kHz, and is normalised to a peak of −14 dBFS. Pure functions, no I/O.
 */
import {
  SAMPLE_RATE,
  TARGET_PEAK_DB,
  addTone,
  applyFilter,
  attackGain,
  biquad,
  filterInPlace,
  finish,
  sampleCount,
  whiteNoise,
} from './dsp.ts';

export { SAMPLE_RATE };

/** Picking a tool: a soft wooden "tock" (woodblock-like modes, a little knock of dull noise). */
export function tool(): Float32Array {
  const out = new Float32Array(sampleCount(0.2));
  addTone(out, 0, {
    freq: 560,
    glideFrom: 1.06, // wood drops in pitch a touch as it is struck
    glideTau: 0.012,
    attack: 0.009,
    partials: [
      { ratio: 1, amp: 1, tau: 0.032 },
      { ratio: 2.57, amp: 0.28, tau: 0.016 },
      { ratio: 4.2, amp: 0.08, tau: 0.008 },
    ],
  });
  const knock = whiteNoise(out.length, 0x70c4);
  applyFilter(knock, 'lowpass', 1400, 2);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    out[i] = (out[i] ?? 0) + 0.5 * (knock[i] ?? 0) * attackGain(t, 0.009) * Math.exp(-t / 0.01);
  }
  return finish(out, { lowpassHz: 3200, fadeOut: 0.04, peakDb: TARGET_PEAK_DB });
}

/** Picking a colour: a soft-mallet marimba note (A4; bar modes at 1 : 3.93 : 9.2). */
export function color(): Float32Array {
  const out = new Float32Array(sampleCount(0.42));
  addTone(out, 0, {
    freq: 440,
    attack: 0.01,
    partials: [
      { ratio: 1, amp: 1, tau: 0.085 },
      { ratio: 3.93, amp: 0.22, tau: 0.03 },
      { ratio: 9.2, amp: 0.025, tau: 0.01 },
    ],
  });
  return finish(out, { lowpassHz: 4000, fadeOut: 0.06, peakDb: TARGET_PEAK_DB });
}

/** Placing a stamp: a rounded, dull "bloop-thump" — a sine falling an octave, plus a soft thud. */
export function stamp(): Float32Array {
  const out = new Float32Array(sampleCount(0.28));
  addTone(out, 0, {
    freq: 230, // tablet speakers fade out below ~250 Hz: keep the body just above that
    glideFrom: 1.8,
    glideTau: 0.025,
    attack: 0.012,
    partials: [
      { ratio: 1, amp: 1, tau: 0.055 },
      { ratio: 2, amp: 0.4, tau: 0.03 },
      { ratio: 3, amp: 0.06, tau: 0.02 },
    ],
  });
  const thud = whiteNoise(out.length, 0x57a3);
  applyFilter(thud, 'lowpass', 700, 2);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    out[i] = (out[i] ?? 0) + 0.6 * (thud[i] ?? 0) * attackGain(t, 0.012) * Math.exp(-t / 0.018);
  }
  return finish(out, { lowpassHz: 2500, fadeOut: 0.05, peakDb: TARGET_PEAK_DB });
}

/** Swell envelope: sin² rise to `peakAt`, then cos² fall to silence at `length` (seconds). */
function swell(t: number, peakAt: number, length: number): number {
  if (t <= peakAt) return attackGain(t, peakAt);
  const fall = Math.min(1, (t - peakAt) / (length - peakAt));
  const c = Math.cos((Math.PI / 2) * fall);
  return c * c;
}

/**
 * A fill: a gentle "pour" — band-passed noise whose centre rises like liquid filling a vessel,
 * under a quiet rising tone, all in one soft swell.
 */
export function fill(): Float32Array {
  const length = 0.46;
  const peakAt = 0.2;
  const out = whiteNoise(sampleCount(length), 0xf111);
  // Centre sweeps 350 Hz → 1.5 kHz exponentially; Q ≈ 1.4 keeps it airy but not hissy.
  filterInPlace(out, (t) => biquad('bandpass', 350 * (1500 / 350) ** Math.min(1, t / length), 1.4));
  const tone = new Float32Array(out.length);
  addTone(tone, 0, {
    freq: 520,
    glideFrom: 0.6, // rises from ~310 Hz towards 520 Hz
    glideTau: 0.15,
    attack: 0.05,
    partials: [{ ratio: 1, amp: 1, tau: 10 }],
  });
  for (let i = 0; i < out.length; i++) {
    const env = swell(i / SAMPLE_RATE, peakAt, length);
    out[i] = env * ((out[i] ?? 0) + 0.12 * (tone[i] ?? 0));
  }
  return finish(out, { lowpassHz: 3000, fadeOut: 0.02, peakDb: TARGET_PEAK_DB });
}

/** Undo: two soft, rounded blips stepping down a fourth (D5 → A4). */
export function undo(): Float32Array {
  const out = new Float32Array(sampleCount(0.34));
  const blip = (freq: number) => ({
    freq,
    attack: 0.01,
    partials: [
      { ratio: 1, amp: 1, tau: 0.045 },
      { ratio: 2, amp: 0.15, tau: 0.025 },
      { ratio: 3, amp: 0.08, tau: 0.02 },
    ],
  });
  addTone(out, 0, blip(587.33));
  addTone(out, sampleCount(0.12), blip(440), 0.95);
  return finish(out, { lowpassHz: 3500, fadeOut: 0.05, peakDb: TARGET_PEAK_DB });
}

/** A warm chime: gentle harmonic partials, with a slightly detuned twin for a soft shimmer. */
function chime(freq: number, tau: number) {
  return {
    freq,
    attack: 0.01,
    partials: [
      { ratio: 1, amp: 1, tau },
      { ratio: 1.0015, amp: 0.45, tau }, // ~1 Hz beating: warmth, not vibrato
      { ratio: 2, amp: 0.18, tau: tau * 0.45 },
      { ratio: 3, amp: 0.05, tau: tau * 0.25 },
    ],
  };
}

/** "Done": a rising C-major arpeggio of soft chimes over a quiet low C, 1.4 s in all. */
export function celebrate(): Float32Array {
  const out = new Float32Array(sampleCount(1.4));
  addTone(out, 0, { freq: 261.63, attack: 0.06, partials: [{ ratio: 1, amp: 1, tau: 0.35 }] }, 0.3);
  const notes = [523.25, 659.26, 783.99, 1046.5];
  notes.forEach((freq, k) => {
    const last = k === notes.length - 1;
    addTone(out, sampleCount(0.11 * k), chime(freq, last ? 0.3 : 0.22), last ? 0.75 : 0.6);
  });
  return finish(out, { lowpassHz: 4200, fadeOut: 0.25, peakDb: TARGET_PEAK_DB });
}

/** A switch scan step: the quietest and shortest of them all, a tiny "tick" (a short, muted glass tap). */
export function tick(): Float32Array {
  const out = new Float32Array(sampleCount(0.09));
  addTone(out, 0, {
    freq: 1320,
    attack: 0.009,
    partials: [
      { ratio: 1, amp: 1, tau: 0.018 },
      { ratio: 2.1, amp: 0.12, tau: 0.008 },
    ],
  });
  return finish(out, { lowpassHz: 3600, fadeOut: 0.03, peakDb: TARGET_PEAK_DB - 3 });
}

/** Every sound, in sprite order. */
export const SOUNDS = { tool, color, stamp, fill, undo, celebrate, tick } as const;

export type SynthSoundName = keyof typeof SOUNDS;

export const SOUND_NAMES = Object.keys(SOUNDS) as SynthSoundName[];
