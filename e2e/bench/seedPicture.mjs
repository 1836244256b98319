// Writes one large picture straight into IndexedDB in the app's version-1 stored form (the whole
// op log in one record, src/engine/model/schema.ts), with its gallery summary and thumbnail; the
// app reads that form and moves it to its current one when the gallery lists it.
// Seeding this way takes a second where drawing 2,000 strokes by touch would take many minutes;
// the save bench then checks the app really opened it (the next save holds every seeded op).

/**
 * Runs in the page. Strokes are seeded random walks of 100–160 points a few document pixels
 * apart (a finger sampled at 120 Hz), in the app's brushes, sizes and palette, quantised the way
 * the editor stores them (quarter pixels; 0.5 pressure for a finger).
 */
function seedInPage({ id, strokes, now, timed }) {
  let state = 0x9e3779b9 ^ strokes;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const brushes = ['marker', 'marker', 'marker', 'crayon', 'crayon', 'paint', 'paint', 'rainbow', 'glitter', 'eraser'];
  const colours = ['#e53935', '#fb8c00', '#fdd835', '#9ccc65', '#2e7d32', '#4fc3f7', '#1e4fd8', '#8e24aa', '#f48fb1', '#795548', '#1b1b1b'];
  const ops = [];
  // With `timed`, each stroke keeps a timing as the editor records it: drawn at 120 Hz, with
  // 0.5–3 s between strokes, the whole picture ending now.
  let at = now - strokes * 3000;
  for (let s = 0; s < strokes; s++) {
    const count = 100 + Math.floor(random() * 61);
    const points = new Float32Array(count * 3);
    let x = 150 + random() * 2100;
    let y = 150 + random() * 1400;
    let heading = random() * Math.PI * 2;
    for (let i = 0; i < count; i++) {
      heading += (random() - 0.5) * 0.5;
      const step = 4 + random() * 6;
      x = Math.min(2390, Math.max(10, x + Math.cos(heading) * step));
      y = Math.min(1687, Math.max(10, y + Math.sin(heading) * step));
      points[i * 3] = Math.round(x * 4) / 4;
      points[i * 3 + 1] = Math.round(y * 4) / 4;
      points[i * 3 + 2] = 0.5;
    }
    const op = { kind: 'stroke', brush: pick(brushes), color: pick(colours), size: pick([14, 34, 34, 70]), seed: Math.floor(random() * 0xffffffff) >>> 0, pressure: false, points };
    if (timed) {
      op.timing = { at: Math.round(at), ms: Math.round(count * 8.3) };
      at += count * 8.3 + 500 + random() * 2500;
    }
    ops.push(op);
  }
  const open = (name, store) =>
    new Promise((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onupgradeneeded = () => req.result.createObjectStore(store);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const put = async (dbName, store, key, value) => {
    const db = await open(dbName, store);
    await new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  };
  // A thumbnail as new as the picture: the gallery would otherwise open the picture in the
  // background to make one, and hold it while the bench opens it.
  const thumbnail = async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 339;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 480, 339);
    const blob = await new Promise((r) => canvas.toBlob(r, 'image/png'));
    return { mime: 'image/png', data: await blob.arrayBuffer(), updatedAt: now };
  };
  return (async () => {
    await put('ec-artworks', 'artworks', id, { schemaVersion: 1, id, createdAt: now, updatedAt: now, pageId: null, childId: null, ops, checkpoint: null });
    await put('ec-gallery', 'items', `item:${id}`, { id, createdAt: now, updatedAt: now, pageId: null, childId: null, steps: ops.length, thumbKey: `thumb:${id}`, binnedAt: null });
    await put('ec-gallery', 'items', `thumb:${id}`, await thumbnail());
    return ops.reduce((n, op) => n + op.points.length / 3, 0);
  })();
}

/** Seeds the picture `id` with `strokes` strokes (with their timings if `timed`); returns the number of points written. */
export function seedPicture(page, id, strokes, { timed = false } = {}) {
  return page.evaluate(seedInPage, { id, strokes, now: Date.now(), timed });
}
