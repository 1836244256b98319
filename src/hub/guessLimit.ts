/**
 * Wrong guesses of a secret (a pairing code, a parent's code) per address: a few a minute, then a
 * pause. A guess is counted when it starts, before its body is read or its code looked up, so
 * requests sent all at once cannot slip past the limit; a right guess is given back.
 *
 * The table is bounded: spent entries are pruned as time passes, and when it is full of fresh
 * entries a new address is paused too (many addresses at once are one guesser, not a room of
 * tablets). IPv6 addresses count by their /64 network: a device can take as many addresses in its
 * own network as it likes.
 */
export interface GuessLimitOptions {
  /** Guesses per address in a window. */
  limit?: number;
  windowMs?: number;
  /** Addresses kept at most. */
  maxAddresses?: number;
}

/** One guess in progress: `right()` gives it back (a right code is no wrong guess). */
export interface Guess {
  right(): void;
}

export class GuessLimit {
  private readonly tries = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxAddresses: number;
  private prunedAt = 0;

  constructor({ limit = 5, windowMs = 60_000, maxAddresses = 4096 }: GuessLimitOptions = {}) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxAddresses = maxAddresses;
  }

  /** Counts a guess from this address now, or null when it must wait (too many already). */
  start(address: string | undefined, now = Date.now()): Guess | null {
    this.prune(now);
    const key = addressKey(address);
    const recent = (this.tries.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) return null;
    if (recent.length === 0 && !this.tries.has(key) && this.tries.size >= this.maxAddresses) return null;
    recent.push(now);
    this.tries.set(key, recent);
    return {
      right: () => {
        const list = this.tries.get(key);
        const at = list?.indexOf(now) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
        if (list?.length === 0) this.tries.delete(key);
      },
    };
  }

  /** Addresses in the table now (for the test that it stays bounded). */
  get size(): number {
    return this.tries.size;
  }

  /** Drops spent entries: every window, or every second while the table is full. */
  private prune(now: number): void {
    if (now - this.prunedAt < (this.tries.size < this.maxAddresses ? this.windowMs : 1000)) return;
    this.prunedAt = now;
    for (const [key, list] of this.tries) if (list.every((at) => now - at >= this.windowMs)) this.tries.delete(key);
  }
}

/** The address a limit counts by: IPv4 as it is, IPv6 by its /64 network. */
export function addressKey(address: string | undefined): string {
  const plain = (address ?? '').replace(/^::ffff:(?=\d+\.)/, '').toLowerCase();
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
