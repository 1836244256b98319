// Gallery with many pictures: seeds artworks straight into IndexedDB (version-1 records, summaries
// and thumbnails, a form the app still reads), lets the app list them once (it moves old records
// to its current form then), and times opening the gallery again and scrolling through it.

export async function seedArtworks(page, count) {
  await page.evaluate(async (n) => {
    const open = (name, store) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onupgradeneeded = () => req.result.createObjectStore(store);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 339;
    const ctx = canvas.getContext('2d');
    const thumbs = [];
    for (let k = 0; k < 8; k++) {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 480, 339);
      for (let i = 0; i < 12; i++) {
        ctx.fillStyle = `hsl(${(k * 45 + i * 30) % 360}, 80%, 55%)`;
        ctx.beginPath();
        ctx.arc(40 + i * 36, 170 + Math.sin(i + k) * 90, 30, 0, Math.PI * 2);
        ctx.fill();
      }
      const blob = await new Promise((r) => canvas.toBlob(r, 'image/png'));
      thumbs.push(await blob.arrayBuffer());
    }
    const artworks = await open('ec-artworks', 'artworks');
    const gallery = await open('ec-gallery', 'items');
    const now = Date.now();
    const points = new Float32Array([100, 100, 0.5, 400, 300, 0.5, 800, 200, 0.5]);
    const tx1 = artworks.transaction('artworks', 'readwrite');
    const tx2 = gallery.transaction('items', 'readwrite');
    for (let i = 0; i < n; i++) {
      const id = `art-bench-${String(i).padStart(4, '0')}`;
      const updatedAt = now - i * 60_000;
      const ops = [{ kind: 'stroke', brush: 'marker', color: '#e53935', size: 34, seed: i + 1, pressure: false, points }];
      tx1.objectStore('artworks').put({ schemaVersion: 1, id, createdAt: updatedAt, updatedAt, pageId: null, childId: null, ops, checkpoint: null }, id);
      tx2.objectStore('items').put({ id, createdAt: updatedAt, updatedAt, pageId: null, childId: null, steps: 1, thumbKey: `thumb:${id}`, binnedAt: null }, `item:${id}`);
      // updatedAt: the thumbnail is as new as its picture, so the gallery does not make it again.
      tx2.objectStore('items').put({ mime: 'image/png', data: thumbs[i % thumbs.length], updatedAt }, `thumb:${id}`);
    }
    await Promise.all([tx1, tx2].map((tx) => new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))))));
  }, count);
}

/** Opens the gallery once and goes home: any one-time upgrade of the seeded records is done. */
export async function warmGallery(page, count) {
  await page.getByTestId('open-gallery').tap();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="artwork"]').length >= n, count, { timeout: 120_000 });
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').waitFor();
}

/** Tap to a gallery with every card and the first screenful of thumbnails shown. */
export async function measureGalleryOpen(page, count) {
  await page.evaluate(() => {
    window.__galleryTap = 0;
    window.addEventListener('pointerdown', () => (window.__galleryTap = performance.now()), { capture: true, once: true });
  });
  await page.getByTestId('open-gallery').tap();
  await page.waitForFunction(
    (n) => {
      const cards = document.querySelectorAll('[data-testid="artwork"]');
      if (cards.length < n) return false;
      const firstRow = Array.from(cards).slice(0, 3);
      return firstRow.every((c) => c.querySelector('img')?.complete);
    },
    count,
    { timeout: 60_000, polling: 'raf' },
  );
  return page.evaluate(() => performance.now() - window.__galleryTap);
}

/** Scrolls the whole gallery in small steps, one per frame, and records frame-to-frame times. */
export async function measureGalleryScroll(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const grid = document.querySelector('.gallery-screen__grid');
        const frames = [];
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          grid.scrollTop += 60;
          if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 2 || frames.length > 1200) {
            frames.sort((a, b) => a - b);
            const p = (q) => frames[Math.min(frames.length - 1, Math.floor(frames.length * q))];
            resolve({ frames: frames.length, medianMs: p(0.5), p95Ms: p(0.95), over50Ms: frames.filter((f) => f > 50).length });
            return;
          }
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}
