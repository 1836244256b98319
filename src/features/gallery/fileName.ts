/** `picture-firefighter-2026-11-24-1530.png`: page (or "drawing"), optional first name, local date and time. */
export function pictureFileName(pageId: string | null, when: number, childName?: string | null): string {
  const d = new Date(when);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  const name = childName ? `-${safePart(childName)}` : '';
  return `picture-${safePart(pageId ?? 'drawing')}${name}-${stamp}.png`;
}

/** Keeps letters of any script (a Kazakh name stays readable), drops what file systems dislike. */
function safePart(text: string): string {
  return text.normalize('NFC').trim().replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'picture';
}
