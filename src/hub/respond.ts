import type { IncomingMessage, ServerResponse } from 'node:http';
import { isObject } from '../engine/model/validation';

/** Headers every answer of the hub carries: a browser never guesses a type the hub did not say. */
export const ALWAYS = { 'x-content-type-options': 'nosniff' } as const;

export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

/**
 * An answer given before the request's body was read (a refusal, a limit). What the sender goes on
 * sending is read and dropped, never kept, so a client still sending then reads the answer instead
 * of a reset connection; past `lingerBytes` the connection is cut. (The hub's request timeout
 * bounds the time.)
 */
export function refuseUnread(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, lingerBytes = 1024 * 1024): void {
  send(response, status, body);
  if (request.complete) return;
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > lingerBytes) request.socket.destroy();
  });
  request.resume();
}

/** `application/json` (with or without a charset): what a page elsewhere cannot send without asking first (CORS). */
export function isJsonRequest(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** A small JSON body (at most `limit` bytes), or null when it is larger (the rest left unread) or not a JSON object. */
export function readJson(request: IncomingMessage, limit = 4096): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const data = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= limit) return;
      request.off('data', data).off('end', end).pause();
      resolve(null);
    };
    const end = () => resolve(parseObject(Buffer.concat(chunks).toString('utf8')));
    request.on('data', data).on('end', end).on('error', () => resolve(null));
  });
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** At most `size` of a kind of work at once; the rest wait in order. */
export class Slots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy++;
    try {
      return await work();
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }
}
