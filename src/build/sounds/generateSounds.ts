/**
 * The project's sound generator: synthesises every sound, lays them into one sprite, and writes
 *   public/sounds/sprite.ogg                    Ogg Vorbis (compressed, tried first by howler)
 *   public/sounds/sprite.mp3                    MP3 fallback (Safari / iOS)
 *   src/features/sound/spriteMap.generated.ts   the sprite map and file list
 * Deterministic: running it again gives byte-identical files.
 *
 *   npx tsx src/build/sounds/generateSounds.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from './analysis.ts';
import { encodeMp3, encodeOggVorbis } from './encode.ts';
import { SPRITE_MAP_MODULE, SPRITE_URLS, buildSprite, renderSpriteMapModule } from './sprite.ts';
import { SOUNDS, SOUND_NAMES } from './synth.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function write(relative: string, data: string | Uint8Array): void {
  const path = root + relative;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  console.log(`  wrote ${relative} (${(bytes / 1024).toFixed(1)} KiB)`);
}

function report(): void {
  console.log('sound       ms   peak dBFS  rms dBFS  rise ms  >5 kHz     centroid Hz');
  for (const name of SOUND_NAMES) {
    const r = describe(SOUNDS[name]());
    const cols = [
      name.padEnd(10),
      r.durationMs.toFixed(0).padStart(5),
      r.peakDb.toFixed(1).padStart(10),
      r.rmsDb.toFixed(1).padStart(9),
      r.riseMs.toFixed(1).padStart(8),
      r.above5kHz.toExponential(1).padStart(9),
      r.centroidHz.toFixed(0).padStart(12),
    ];
    console.log(cols.join(' '));
  }
}

async function main(): Promise<void> {
  const sprite = buildSprite();
  console.log(`sprite: ${SOUND_NAMES.length} sounds, ${sprite.lengthMs.toFixed(0)} ms`);
  // Vorbis q5 ≈ 15 KiB; MP3 64 kbit/s CBR ≈ 33 KiB. Both decode transparently for these sounds.
  const [ogg, mp3] = SPRITE_URLS;
  write(`public${ogg}`, await encodeOggVorbis(sprite.pcm, 5));
  write(`public${mp3}`, await encodeMp3(sprite.pcm, 64));
  write(SPRITE_MAP_MODULE, renderSpriteMapModule(sprite.map, SPRITE_URLS));
  report();
}

await main();
