/**
 * Compresses the sprite with the WASM builds of the reference Ogg Vorbis and LAME MP3 encoders
 * (`wasm-media-encoders`, MIT; devDependency, build time only — nothing here is shipped).
 */
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { SAMPLE_RATE } from './dsp.ts';

/** Feed size for the encoders; they return views into WASM memory that must be copied out. */
const CHUNK = 8192;

interface Encoder {
  encode(samples: readonly Float32Array[]): Uint8Array;
  finalize(): Uint8Array;
}

function runEncoder(encoder: Encoder, pcm: Float32Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < pcm.length; i += CHUNK) {
    parts.push(encoder.encode([pcm.subarray(i, i + CHUNK)]).slice());
  }
  parts.push(encoder.finalize().slice());
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * Ogg Vorbis, mono. The Ogg stream serial number is fixed so the file is byte-for-byte
 * reproducible (it is otherwise random).
 */
export async function encodeOggVorbis(pcm: Float32Array, vbrQuality = 5): Promise<Uint8Array> {
  const encoder = await createOggEncoder();
  encoder.configure({ channels: 1, sampleRate: SAMPLE_RATE, vbrQuality, oggSerialNo: 0x5eed });
  return runEncoder(encoder, pcm);
}

/** MP3 (MPEG-1 Layer III), mono, constant bit rate: plays everywhere, Safari included. */
export async function encodeMp3(pcm: Float32Array, bitrate: 48 | 64 | 80 | 96 = 64): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ channels: 1, sampleRate: SAMPLE_RATE, bitrate, outputSampleRate: SAMPLE_RATE });
  return runEncoder(encoder, pcm);
}
