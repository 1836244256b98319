/**
 * `npm run hub`: the session hub on the therapist's laptop. Serves the built app to the tablets on
 * the local network, takes their finished pictures, and shows the wall, the print queue and each
 * parent's page. Options (or environment variables):
 *   --port 8787             HUB_PORT
 *   --dir ./hub-pictures    HUB_DIR      where pictures are kept (a folder; the default)
 *   --s3 http://host:9000   HUB_S3_ENDPOINT, with HUB_S3_BUCKET, HUB_S3_ACCESS_KEY, HUB_S3_SECRET_KEY,
 *                           HUB_S3_PREFIX (optional): keep them in S3-compatible storage instead
 *   --cert file --key file  HTTPS (the tablets then get the app's offline mode and the camera)
 *   --app dist              HUB_APP_DIR  the built app to serve
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { startHub } from './server';
import type { BlobStore } from './storage/blobStore';
import { FolderStore } from './storage/folderStore';
import { S3Store } from './storage/s3Store';

const args = process.argv.slice(2);
const option = (name: string, env: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return process.env[env] || undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
};

function storeFromOptions(): BlobStore {
  const endpoint = option('s3', 'HUB_S3_ENDPOINT');
  if (!endpoint) return new FolderStore(resolve(option('dir', 'HUB_DIR') ?? 'hub-pictures'));
  const need = (env: string) => {
    const value = process.env[env];
    if (!value) throw new Error(`${env} is needed with --s3`);
    return value;
  };
  return new S3Store({ endpoint, bucket: need('HUB_S3_BUCKET'), accessKeyId: need('HUB_S3_ACCESS_KEY'), secretAccessKey: need('HUB_S3_SECRET_KEY'), prefix: process.env.HUB_S3_PREFIX });
}

/** HTTPS needs both files: one without the other stops here, never falls back to plain HTTP. */
function tlsFromOptions(): { cert: Buffer; key: Buffer } | undefined {
  const cert = option('cert', 'HUB_CERT');
  const key = option('key', 'HUB_KEY');
  if (!cert && !key) return undefined;
  if (!cert || !key) throw new Error(`HTTPS needs both --cert and --key (HUB_CERT and HUB_KEY); only ${cert ? '--cert' : '--key'} was given, so the hub did not start.`);
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

async function main(): Promise<void> {
  const tls = tlsFromOptions();
  const appDir = resolve(option('app', 'HUB_APP_DIR') ?? 'dist');
  if (!existsSync(resolve(appDir, 'index.html'))) throw new Error('No built app in dist/: run `npm run build` first (npm run hub does).');
  const hub = await startHub({ store: storeFromOptions(), appDir, port: Number(option('port', 'HUB_PORT') ?? 8787), tls });
  const show = (code: string) => {
    console.log(`\nEnchanting Canvas hub\n  Tablets open:   ${hub.publicUrl}\n  Pairing code:   ${code}   (one tablet each; a new code follows)\n  On this laptop: ${hub.localUrl}/hub · ${hub.localUrl}/wall · ${hub.localUrl}/prints\n`);
    console.log(renderUnicodeCompact(`${hub.publicUrl}/?pair=${code}`));
  };
  show(hub.pairing.currentCode);
  hub.pairing.onNewCode(show);
  const stop = async () => {
    await hub.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[hub] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
