import { randomUUID } from 'node:crypto';
import type { BlobStore } from './storage/blobStore';
import { hashToken, isCode, newToken, normaliseCode, randomCode, sameHash } from './codes';

export const PAIRING_CODE_LENGTH = 6;

interface PairedTablet {
  tabletId: string;
  tokenHash: string;
  pairedAt: number;
  /** Unpaired on the laptop: the token is no good any more (the record stays, so a restart does not bring it back). */
  unpairedAt?: number;
}

export interface TabletInfo {
  tabletId: string;
  pairedAt: number;
}

/**
 * Tablets pair with a one-time code: the code on the laptop's screen pairs one tablet, then a new
 * one is shown. Each tablet gets its own token (the hub keeps its hash, on disk, so pairings
 * survive a restart of the hub); an upload without a known token is refused. The laptop can
 * unpair a tablet (a lost one, one given back): its token stops at once, and for good.
 */
export class Pairing {
  private code = randomCode(PAIRING_CODE_LENGTH);
  private readonly tablets = new Map<string, PairedTablet>();
  private readonly listeners = new Set<(code: string) => void>();

  private constructor(private readonly store: BlobStore) {}

  static async open(store: BlobStore): Promise<Pairing> {
    const pairing = new Pairing(store);
    for (const key of await store.list('tablets/')) {
      const bytes = await store.get(key);
      try {
        const tablet = JSON.parse(new TextDecoder().decode(bytes ?? new Uint8Array())) as PairedTablet;
        if (typeof tablet.tabletId === 'string' && typeof tablet.tokenHash === 'string' && tablet.unpairedAt === undefined) pairing.tablets.set(tablet.tabletId, tablet);
      } catch {
        console.warn(`[hub] ${key} is damaged; that tablet pairs again`);
      }
    }
    return pairing;
  }

  get currentCode(): string {
    return this.code;
  }

  get tabletCount(): number {
    return this.tablets.size;
  }

  /** The paired tablets, first paired first. */
  list(): TabletInfo[] {
    return [...this.tablets.values()].sort((a, b) => a.pairedAt - b.pairedAt).map(({ tabletId, pairedAt }) => ({ tabletId, pairedAt }));
  }

  isPaired(tabletId: string): boolean {
    return this.tablets.has(tabletId);
  }

  /**
   * Unpairs a tablet: its token is refused from this moment, and the record saying so is kept,
   * so a restart cannot bring the token back (if it cannot be written, the tablet stays paired and
   * the laptop is told). False: no such tablet is paired.
   */
  async unpair(tabletId: string, now = Date.now()): Promise<boolean> {
    const tablet = this.tablets.get(tabletId);
    if (!tablet) return false;
    this.tablets.delete(tabletId);
    try {
      await this.store.put(`tablets/${tabletId}.json`, new TextEncoder().encode(JSON.stringify({ ...tablet, unpairedAt: now })), 'application/json');
    } catch (error) {
      this.tablets.set(tabletId, tablet);
      throw error;
    }
    return true;
  }

  onNewCode(listener: (code: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A fresh code (every ten minutes, so a code seen over a shoulder does not stay good). */
  renew(): void {
    this.code = randomCode(PAIRING_CODE_LENGTH);
    for (const listener of this.listeners) listener(this.code);
  }

  /** The code typed or scanned on a tablet: a new token when it is the current one, else null. */
  async pair(typed: string, now = Date.now()): Promise<{ tabletId: string; token: string } | null> {
    const code = normaliseCode(typed);
    if (!isCode(code, PAIRING_CODE_LENGTH) || code !== this.code) return null;
    this.renew();
    const token = newToken();
    const tablet: PairedTablet = { tabletId: randomUUID(), tokenHash: hashToken(token), pairedAt: now };
    await this.store.put(`tablets/${tablet.tabletId}.json`, new TextEncoder().encode(JSON.stringify(tablet)), 'application/json');
    this.tablets.set(tablet.tabletId, tablet);
    return { tabletId: tablet.tabletId, token };
  }

  /** The tablet a request's bearer token belongs to, or null. */
  tabletOf(authorization: string | undefined): string | null {
    const token = /^Bearer ([0-9a-f]{64})$/.exec(authorization ?? '')?.[1];
    if (!token) return null;
    const hash = hashToken(token);
    for (const tablet of this.tablets.values()) if (sameHash(tablet.tokenHash, hash)) return tablet.tabletId;
    return null;
  }
}
