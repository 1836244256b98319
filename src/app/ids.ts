/** Ids that work without a secure context (crypto.randomUUID needs one). */
export function newArtworkId(now = Date.now()): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `art-${now.toString(36)}-${random}`;
}
