// Functions that run inside the page. Each is sent as source text (Function.prototype.toString), so
// each must be self-contained: no imports, no variables from this module, JSON in and out.

/** Where a control is and whether a finger could press it now (visible, enabled, on top). */
export function controlState(testId, nth) {
  const all = document.querySelectorAll(`[data-testid="${testId}"]`);
  const el = all[nth];
  if (!el) return { found: false, count: all.length };
  let rect = el.getBoundingClientRect();
  const inView = rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth;
  if (!inView && rect.width > 0) {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    rect = el.getBoundingClientRect();
  }
  // Aim where a child would: the middle of the control, or else the middle of its uncovered part.
  const hits = (px, py) => {
    const top = document.elementFromPoint(px, py);
    return !!top && (top === el || el.contains(top));
  };
  let x = rect.left + rect.width / 2;
  let y = rect.top + rect.height / 2;
  let onTop = rect.width > 0 && hits(x, y);
  if (!onTop && rect.width > 0) {
    const open = [];
    for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) if (hits(rect.left + (rect.width * i) / 10, rect.top + (rect.height * j) / 10)) open.push([i, j]);
    if (open.length > 0) {
      const mid = (k) => (Math.min(...open.map((p) => p[k])) + Math.max(...open.map((p) => p[k]))) / 2;
      const [ci, cj] = open.reduce((best, p) => (Math.hypot(p[0] - mid(0), p[1] - mid(1)) < Math.hypot(best[0] - mid(0), best[1] - mid(1)) ? p : best));
      x = rect.left + (rect.width * ci) / 10;
      y = rect.top + (rect.height * cj) / 10;
      onTop = true;
    }
  }
  return {
    found: true,
    count: all.length,
    x,
    y,
    visible: rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden',
    onTop,
    disabled: el.disabled === true || el.getAttribute('aria-disabled') === 'true',
    pressed: el.getAttribute('aria-pressed'),
    id: el.getAttribute('data-artwork-id'),
  };
}

/** Which of these controls are on screen now. */
export function visibleControls(testIds) {
  return testIds.filter((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
}

/** The rectangle of the paper (2400×1697, letterboxed) inside the canvas element, in CSS px. */
export function paperBox() {
  const host = document.querySelector('[data-testid="canvas"]');
  if (!host) return null;
  const box = host.getBoundingClientRect();
  const ratio = 2400 / 1697;
  const width = Math.min(box.width, box.height * ratio);
  const height = width / ratio;
  return { x: box.left + (box.width - width) / 2, y: box.top + (box.height - height) / 2, width, height, layers: host.querySelectorAll('canvas').length };
}

/** Resolves after two animation frames, so what was drawn is on screen. */
export function twoFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
}

/**
 * The real pixels on screen at CSS positions: the white paper box, then every layer <canvas>
 * inside the canvas element composited in document order, as the eye sees them.
 */
export function pixelsAt(points) {
  const host = document.querySelector('[data-testid="canvas"]');
  const layers = host ? Array.from(host.querySelectorAll('canvas')) : [];
  if (layers.length === 0) throw new Error('no layer canvases inside [data-testid="canvas"]');
  const first = layers[0];
  const rect = host.getBoundingClientRect();
  const scale = first.width / first.clientWidth;
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext('2d', { willReadFrequently: true });
  // The paper is a white box behind the layers (each function here runs alone in the page, so each says it).
  const paperBox = host.querySelector('.paper')?.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  const k = layers[0].width / layers[0].clientWidth;
  ctx.fillStyle = '#ffffff';
  if (paperBox) ctx.fillRect((paperBox.left - hostBox.left) * k, (paperBox.top - hostBox.top) * k, paperBox.width * k, paperBox.height * k);
  for (const layer of layers) ctx.drawImage(layer, 0, 0);
  return points.map(({ x, y }) => Array.from(ctx.getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data));
}

/** SHA-256 of the whole composited picture and how many pixels are not paper-white. */
export async function pictureDigest() {
  const host = document.querySelector('[data-testid="canvas"]');
  const layers = host ? Array.from(host.querySelectorAll('canvas')) : [];
  if (layers.length === 0) throw new Error('no layer canvases inside [data-testid="canvas"]');
  const out = document.createElement('canvas');
  out.width = layers[0].width;
  out.height = layers[0].height;
  const ctx = out.getContext('2d', { willReadFrequently: true });
  // The paper is a white box behind the layers (each function here runs alone in the page, so each says it).
  const paperBox = host.querySelector('.paper')?.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  const k = layers[0].width / layers[0].clientWidth;
  ctx.fillStyle = '#ffffff';
  if (paperBox) ctx.fillRect((paperBox.left - hostBox.left) * k, (paperBox.top - hostBox.top) * k, paperBox.width * k, paperBox.height * k);
  for (const layer of layers) ctx.drawImage(layer, 0, 0);
  const data = ctx.getImageData(0, 0, out.width, out.height).data;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) inked++;
  }
  const digest = await crypto.subtle.digest('SHA-256', data);
  const hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return { hash, inked, size: `${out.width}x${out.height}` };
}

/** Starts noting the pointerType of every pointerdown on the canvas element. */
export function notePointerTypes() {
  const host = document.querySelector('[data-testid="canvas"]');
  window.__enginesPointerTypes = [];
  host.addEventListener('pointerdown', (e) => window.__enginesPointerTypes.push(e.pointerType), { capture: true });
  return true;
}

export function notedPointerTypes() {
  return window.__enginesPointerTypes ?? null;
}

/**
 * Every picture in the app's real IndexedDB (database ec-artworks, store artworks): its id and how
 * many steps it has. Reads both layouts: a record with its ops inside, or a header with `opCount`
 * whose ops sit in chunk records (those have no `id` and are skipped). Never creates the database:
 * an empty one made here would lack the app's store.
 */
export async function storedPictures() {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('ec-artworks')) return [];
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('ec-artworks');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(`indexedDB.open failed: ${open.error}`));
  });
  try {
    if (!db.objectStoreNames.contains('artworks')) return [];
    const all = db.transaction('artworks', 'readonly').objectStore('artworks').getAll();
    const records = await new Promise((resolve, reject) => {
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(new Error(`reading artworks failed: ${all.error}`));
    });
    const steps = (r) => (Array.isArray(r.ops) ? r.ops.length : typeof r.opCount === 'number' ? r.opCount : -1);
    return records.filter((r) => r && typeof r.id === 'string').map((r) => ({ id: r.id, ops: steps(r) }));
  } finally {
    db.close();
  }
}

/** Texts of every notice shown to the adult (storage trouble is announced with role="alert"). */
export function alertTexts() {
  return Array.from(document.querySelectorAll('[role="alert"]'))
    .map((el) => el.textContent.trim())
    .filter(Boolean);
}

export function serviceWorkerReady(timeoutMs) {
  if (!('serviceWorker' in navigator)) return Promise.resolve({ error: 'navigator.serviceWorker is missing' });
  return Promise.race([
    navigator.serviceWorker.ready.then((reg) => ({ active: reg.active?.scriptURL ?? null, state: reg.active?.state ?? null })),
    new Promise((resolve) => setTimeout(() => resolve({ error: `not ready within ${timeoutMs} ms` }), timeoutMs)),
  ]);
}

export function serviceWorkerController() {
  const c = navigator.serviceWorker?.controller;
  return c ? { scriptURL: c.scriptURL, state: c.state } : null;
}

/** Marks this document, to tell a real reload (a new document) from the same page. */
export function markDocument() {
  window.__enginesMark = true;
  return true;
}

export function isMarked() {
  return window.__enginesMark === true;
}

export function viewport() {
  return { width: innerWidth, height: innerHeight, dpr: devicePixelRatio, secure: isSecureContext, userAgent: navigator.userAgent };
}

/** How many resources the page has finished loading, and whether the document has. */
export function loadProgress() {
  return { complete: document.readyState === 'complete', resources: performance.getEntriesByType('resource').length };
}

/** Keeps the composited picture in this document, to compare with after it is reopened. */
export function stashPicture() {
  const host = document.querySelector('[data-testid="canvas"]');
  const layers = Array.from(host.querySelectorAll('canvas'));
  const out = document.createElement('canvas');
  out.width = layers[0].width;
  out.height = layers[0].height;
  const ctx = out.getContext('2d', { willReadFrequently: true });
  // The paper is a white box behind the layers (each function here runs alone in the page, so each says it).
  const paperBox = host.querySelector('.paper')?.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  const k = layers[0].width / layers[0].clientWidth;
  ctx.fillStyle = '#ffffff';
  if (paperBox) ctx.fillRect((paperBox.left - hostBox.left) * k, (paperBox.top - hostBox.top) * k, paperBox.width * k, paperBox.height * k);
  for (const layer of layers) ctx.drawImage(layer, 0, 0);
  window.__enginesStash = ctx.getImageData(0, 0, out.width, out.height);
  return true;
}

/** How the picture on screen differs from the stashed one: pixels that differ and by how much. */
export function compareWithStash() {
  const was = window.__enginesStash;
  if (!was) return { stashed: false };
  const host = document.querySelector('[data-testid="canvas"]');
  const layers = host ? Array.from(host.querySelectorAll('canvas')) : [];
  if (layers.length === 0 || layers[0].width !== was.width || layers[0].height !== was.height) return { stashed: true, sameSize: false };
  const out = document.createElement('canvas');
  out.width = was.width;
  out.height = was.height;
  const ctx = out.getContext('2d', { willReadFrequently: true });
  // The paper is a white box behind the layers (each function here runs alone in the page, so each says it).
  const paperBox = host.querySelector('.paper')?.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  const k = layers[0].width / layers[0].clientWidth;
  ctx.fillStyle = '#ffffff';
  if (paperBox) ctx.fillRect((paperBox.left - hostBox.left) * k, (paperBox.top - hostBox.top) * k, paperBox.width * k, paperBox.height * k);
  for (const layer of layers) ctx.drawImage(layer, 0, 0);
  const now = ctx.getImageData(0, 0, out.width, out.height).data;
  let differing = 0;
  let maxDelta = 0;
  for (let i = 0; i < now.length; i += 4) {
    let delta = 0;
    for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(now[i + c] - was.data[i + c]));
    if (delta > 0) differing++;
    if (delta > maxDelta) maxDelta = delta;
  }
  return { stashed: true, sameSize: true, differing, maxDelta };
}

/** Gallery cards whose picture is overlapped by the card's own buttons (a layout fault). */
export function coveredGalleryPictures() {
  return Array.from(document.querySelectorAll('[data-testid="artwork"]')).filter((picture) => {
    const actions = picture.parentElement?.querySelector('.gallery-card__actions');
    return actions && picture.getBoundingClientRect().bottom > actions.getBoundingClientRect().top + 1;
  }).length;
}

/** Starts noting which controls receive pointerdown and click events (to explain a lost tap). */
export function noteTaps() {
  window.__enginesTaps = [];
  const note = (e) => window.__enginesTaps.push(`${e.type} on ${e.target.closest?.('[data-testid]')?.getAttribute('data-testid') ?? e.target.nodeName}`);
  for (const type of ['pointerdown', 'pointerup', 'click']) document.addEventListener(type, note, { capture: true });
  return true;
}

export function notedTaps() {
  return window.__enginesTaps ?? [];
}

/** Sets the adult's feelings check-in on or off in the stored settings (read at the next load). */
export async function setFeelingsCheckin(on) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('ec-settings');
    open.onupgradeneeded = () => open.result.createObjectStore('settings');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(`indexedDB.open failed: ${open.error}`));
  });
  try {
    const store = () => db.transaction('settings', 'readwrite').objectStore('settings');
    const current = await new Promise((resolve) => {
      const get = store().get('settings');
      get.onsuccess = () => resolve(get.result ?? {});
      get.onerror = () => resolve({});
    });
    await new Promise((resolve, reject) => {
      const put = store().put({ ...current, feelingsCheckin: on }, 'settings');
      put.onsuccess = () => resolve();
      put.onerror = () => reject(new Error(`writing settings failed: ${put.error}`));
    });
  } finally {
    db.close();
  }
}

/** The feelings pair on the first gallery card: before and after, as the card shows them. */
export function firstFeelingPair() {
  const pair = document.querySelector('[data-testid="feeling-pair"]');
  return pair ? { before: pair.getAttribute('data-before'), after: pair.getAttribute('data-after'), faces: pair.querySelectorAll('svg.feeling-face').length } : null;
}

/** The time-lapse player: its state and the colour of its picture at fractions of the page. */
export function replayProbe(fractions) {
  const screen = document.querySelector('[data-testid="replay-screen"]');
  const canvas = document.querySelector('[data-testid="replay-canvas"]');
  if (!screen || !canvas || canvas.width < 10) return null;
  const ctx = canvas.getContext('2d');
  const pixels = fractions.map(([fx, fy]) => Array.from(ctx.getImageData(Math.floor(fx * canvas.width), Math.floor(fy * canvas.height), 1, 1).data));
  return { state: screen.getAttribute('data-replay-state'), landed: Number(screen.getAttribute('data-replay-landed')), steps: Number(screen.getAttribute('data-replay-steps')), pixels };
}

/** The adult gate's question, as the adult reads it. */
export function gateQuestion() {
  return document.querySelector('[data-testid="gate-question"]')?.textContent ?? '';
}

/**
 * Hands the page import a pencil drawing of a house (drawn here on a canvas, as a phone would
 * photograph it), the way a chosen file arrives: through the file input and its change event.
 */
export async function importHouseDrawing() {
  const canvas = document.createElement('canvas');
  canvas.width = 1600;
  canvas.height = 1200;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, 1600, 1200);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 7;
  ctx.strokeRect(400, 500, 800, 600);
  ctx.beginPath();
  ctx.moveTo(350, 500);
  ctx.lineTo(800, 150);
  ctx.lineTo(1250, 500);
  ctx.closePath();
  ctx.stroke();
  ctx.strokeRect(480, 600, 200, 200);
  ctx.strokeRect(920, 600, 200, 200);
  ctx.strokeRect(720, 800, 160, 300);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  const input = document.querySelector('[data-testid="page-import-file"]');
  const files = new DataTransfer();
  files.items.add(new File([blob], 'house.png', { type: 'image/png' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The page import's outcome so far: the preview's area count, a problem's text, or nothing yet. */
export function pageImportState() {
  const preview = document.querySelector('[data-testid="page-import-preview"]');
  if (preview) return { regions: Number(preview.getAttribute('data-regions')) };
  const problem = document.querySelector('[data-testid="page-import-problem"]');
  return problem ? { problem: problem.textContent } : null;
}
