import { describe, expect, it } from 'vitest';
import { addressKey, GuessLimit } from './guessLimit';

describe('the wrong-guess table', () => {
  it('counts five guesses a minute per address, gives a right one back, and forgets a guess after the minute', () => {
    const limit = new GuessLimit();
    const t = 1_000_000;
    for (let i = 0; i < 4; i++) expect(limit.start('10.0.0.7', t + i)).not.toBeNull();
    limit.start('10.0.0.7', t + 4)!.right();
    expect(limit.start('10.0.0.7', t + 5)).not.toBeNull();
    expect(limit.start('10.0.0.7', t + 6)).toBeNull();
    expect(limit.start('10.0.0.8', t + 6)).not.toBeNull();
    expect(limit.start('10.0.0.7', t + 60_000)).not.toBeNull();
  });

  it('stays bounded under many addresses: spent entries are pruned, and a full table pauses newcomers instead of growing', () => {
    const limit = new GuessLimit({ maxAddresses: 1000 });
    let t = 0;
    // Ten thousand addresses over ten minutes: the table never holds more than a minute's worth.
    let largest = 0;
    for (let i = 0; i < 10_000; i++) {
      t += 60;
      limit.start(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, t);
      largest = Math.max(largest, limit.size);
    }
    expect(largest).toBeLessThanOrEqual(1000);
    // Then a burst of new addresses all at once: the table is full, they wait.
    const burst = Array.from({ length: 2000 }, (_, i) => limit.start(`172.16.${i >> 8}.${i & 255}`, t));
    expect(limit.size).toBe(1000);
    expect(burst.filter((guess) => guess === null).length).toBeGreaterThanOrEqual(1000);
    // A minute later everything is spent and pruned away (one prune a second while full: an attack cannot make each guess pay for it).
    limit.start('192.168.1.1', t + 60_001);
    expect(limit.size).toBe(1);
  });

  it('counts an IPv6 device by its /64 network (it can take any address in it), IPv4 by its address', () => {
    expect(addressKey('fe80::1')).toBe(addressKey('fe80::abcd:ef01:2345:6789'));
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('fd12:3456:789a:1::5')).toBe('fd12:3456:789a:1::/64');
    expect(addressKey('fd12:3456:789a:1::5')).not.toBe(addressKey('fd12:3456:789a:2::5'));
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    const limit = new GuessLimit();
    for (let i = 1; i <= 5; i++) expect(limit.start(`fd00::${i}`)).not.toBeNull();
    expect(limit.start('fd00::99')).toBeNull();
  });
});
