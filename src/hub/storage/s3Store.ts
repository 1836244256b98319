import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import { type BlobStore, checkKey, type StagedFile } from './blobStore';

export interface S3Options {
  /** e.g. http://minio.local:9000 — path-style addressing, as MinIO and most S3-compatible stores serve. */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  /** Keys go under this prefix, so one bucket can hold several rooms. */
  prefix?: string;
}

/**
 * S3-compatible object storage (MinIO, Amazon S3, Ceph…): a centre's multi-room archive lives in a
 * store that already replicates. Requests are signed with SigV4 by aws4fetch; a PUT of an object
 * is atomic by the S3 contract: a reader gets the old object or the new one, never part of one.
 * A received file is streamed from its disk copy, signed with the SHA-256 taken as it arrived
 * (S3 checks it), never held in memory.
 */
export class S3Store implements BlobStore {
  private readonly client: AwsClient;
  private readonly base: string;
  private readonly prefix: string;

  constructor(private readonly options: S3Options) {
    this.client = new AwsClient({ accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey, service: 's3', region: options.region ?? 'us-east-1' });
    this.base = `${options.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(options.bucket)}`;
    this.prefix = options.prefix ? `${checkKey(options.prefix)}/` : '';
  }

  readonly incoming = null;

  get description(): string {
    return `S3 bucket ${this.options.bucket} at ${this.options.endpoint}${this.prefix ? ` (under ${this.prefix})` : ''}`;
  }

  private url(key: string): string {
    return `${this.base}/${(this.prefix + checkKey(key)).split('/').map(encodeURIComponent).join('/')}`;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.client.fetch(this.url(key), { method: 'PUT', body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': contentType } });
    if (!response.ok) throw new Error(`S3 put ${key}: ${response.status} ${await response.text()}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.client.fetch(this.url(key));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 get ${key}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async putFile(key: string, file: StagedFile, contentType: string): Promise<void> {
    // A body shorter than announced would be stored cut by a lenient server (real S3 refuses it): never sent.
    if ((await stat(file.path)).size !== file.bytes) throw new Error(`S3 put ${key}: the file on disk is not what arrived`);
    const headers = { 'content-type': contentType, 'content-length': String(file.bytes), 'x-amz-content-sha256': file.sha256 };
    // Retried like the client's own requests, each time from the start of the file.
    for (let attempt = 1; ; attempt++) {
      const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
      const response = await fetch(await this.client.sign(this.url(key), { method: 'PUT', body, headers }));
      if (response.ok) return;
      const detail = `S3 put ${key}: ${response.status} ${await response.text()}`;
      if (response.status < 500 || attempt >= 3) throw new Error(detail);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }

  async open(key: string): Promise<{ stream: Readable; bytes: number } | null> {
    const response = await this.client.fetch(this.url(key));
    if (response.status === 404) return null;
    if (!response.ok || !response.body) throw new Error(`S3 get ${key}: ${response.status}`);
    return { stream: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), bytes: Number(response.headers.get('content-length')) };
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | null = null;
    do {
      const query = new URLSearchParams({ 'list-type': '2', prefix: this.prefix + prefix });
      if (token) query.set('continuation-token', token);
      const response = await this.client.fetch(`${this.base}?${query}`);
      if (!response.ok) throw new Error(`S3 list ${prefix}: ${response.status}`);
      const xml = await response.text();
      for (const match of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(unescapeXml(match[1]!).slice(this.prefix.length));
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? (/<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1] ?? null) : null;
    } while (token);
    return keys;
  }
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
