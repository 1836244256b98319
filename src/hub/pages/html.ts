/** Text into HTML: every page the hub writes escapes what tablets sent. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A whole page: calm colours, big type, the same paper tone as the app. */
export function page(title: string, body: string, { lang = 'en', script = '', nonce = '' } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
  :root { color-scheme: light; --paper: #fff8ee; --ink: #2b2118; --line: #d8c6ab; --chosen: #2e7d32; }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--paper); color: var(--ink); font: 18px/1.45 system-ui, "Noto Sans", sans-serif; }
  main { max-width: 1100px; margin: 0 auto; padding: 24px; }
  h1 { font-size: 28px; margin: 0 0 16px; }
  a, button { font: inherit; color: inherit; }
  .button { display: inline-flex; align-items: center; justify-content: center; min-height: 64px; min-width: 64px; padding: 8px 20px; border: 3px solid var(--line); border-radius: 16px; background: #fff; text-decoration: none; cursor: pointer; }
  .button:focus-visible { outline: 4px solid #1565c0; outline-offset: 3px; }
  .muted { color: #6b5a48; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
</style>
</head>
<body>${body}${script ? `<script nonce="${nonce}">${script}</script>` : ''}</body>
</html>`;
}

/** Avatars as the system's emoji: the projector and a parent's phone have them, no files needed. */
export const AVATAR_EMOJI: Record<string, string> = { cat: '🐱', dog: '🐶', fox: '🦊', lion: '🦁', panda: '🐼', rabbit: '🐰', bear: '🐻', koala: '🐨', tiger: '🐯', unicorn: '🦄', frog: '🐸', owl: '🦉' };
