import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { type Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StagedFile } from './storage/blobStore';

/** Why a part was refused, as the tablet is told. */
export class Refusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * What a part must be, judged on its first bytes before the rest is read: `head` bytes are
 * collected, then `check` answers what they are (or throws a Refusal).
 */
export interface PartRule<Kind> {
  maxBytes: number;
  head: number;
  check(head: Uint8Array): Kind;
}

export type Received<Kind> = StagedFile & { kind: Kind };

/**
 * Streams one part of an upload to a file in `dir` (or nowhere, when it is not wanted), checking
 * it as it comes: its first bytes by `rule`, its size against the rule's cap, its SHA-256 taken on
 * the way. Memory stays at a few stream buffers whatever the part's size.
 */
export async function receivePart<Kind>(source: Readable, dir: string, name: string, rule: PartRule<Kind>, keep: boolean, signal?: AbortSignal): Promise<Received<Kind>> {
  const check = new PartCheck(rule);
  const path = join(dir, name);
  // `signal`: the upload failed elsewhere; this part stops and its file is closed.
  await pipeline(source, check, keep ? createWriteStream(path, { flags: 'wx' }) : discard(), { signal });
  if (check.kind === undefined) throw new Refusal(415, `${name}: too short to be what it says`);
  return { path, bytes: check.bytes, sha256: check.hash.digest('hex'), kind: check.kind };
}

class PartCheck<Kind> extends Transform {
  bytes = 0;
  kind: Kind | undefined;
  readonly hash = createHash('sha256');
  private readonly held: Buffer[] = [];

  constructor(private readonly rule: PartRule<Kind>) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.rule.maxBytes) return done(new Refusal(413, `more than ${this.rule.maxBytes} bytes`));
    this.hash.update(chunk);
    if (this.kind !== undefined) return done(null, chunk);
    // Nothing is written until the first bytes say what this is.
    this.held.push(chunk);
    const head = Buffer.concat(this.held);
    if (head.length < this.rule.head) return done();
    this.held.length = 0;
    try {
      this.kind = this.rule.check(new Uint8Array(head.buffer, head.byteOffset, head.length));
    } catch (error) {
      return done(error as Error);
    }
    done(null, head);
  }

  override _flush(done: TransformCallback): void {
    // A part shorter than its head: refused by the caller (kind stays undefined).
    done();
  }
}

const discard = () =>
  new Writable({
    write: (_chunk, _encoding, done) => done(),
  });
