import { networkInterfaces } from 'node:os';

/** Requests from the laptop itself: the wall, the print queue and the pairing code are only shown here. */
export function isLoopback(address: string | undefined): boolean {
  const a = plain(address);
  return a === '::1' || a.startsWith('127.');
}

/**
 * The local network only: private IPv4 ranges, link-local, and their IPv6 kin. The hub is a room
 * device, never a server on the internet, whatever the router forwards.
 */
export function isLocalNetwork(address: string | undefined): boolean {
  const a = plain(address);
  if (isLoopback(a)) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(a);
  if (v4) {
    const [first, second] = [Number(v4[1]), Number(v4[2])];
    return first === 10 || (first === 172 && second >= 16 && second <= 31) || (first === 192 && second === 168) || (first === 169 && second === 254);
  }
  return /^f[cd][0-9a-f]{2}:/i.test(a) || /^fe[89ab][0-9a-f]:/i.test(a);
}

function plain(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:/, '');
}

/** The address tablets and phones reach the laptop at: its first private IPv4 address. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal && isLocalNetwork(entry.address)) return entry.address;
  }
  return null;
}
