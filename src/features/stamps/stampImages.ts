import { STAMPS } from './stampCatalogue.generated';

const cache = new Map<string, Promise<HTMLImageElement | null>>();

/** Loads (once) and decodes the stamp pictures with these ids; unknown or broken ones are skipped. */
export async function loadStampImages(ids: Iterable<string>): Promise<Map<string, HTMLImageElement>> {
  const unique = [...new Set(ids)];
  const images = await Promise.all(unique.map((id) => loadOne(id)));
  const out = new Map<string, HTMLImageElement>();
  unique.forEach((id, i) => {
    const image = images[i];
    if (image) out.set(id, image);
  });
  return out;
}

function loadOne(id: string): Promise<HTMLImageElement | null> {
  let pending = cache.get(id);
  if (!pending) {
    const stamp = STAMPS.find((s) => s.id === id);
    pending = stamp ? decode(stamp.url) : Promise.resolve(null);
    pending.then((image) => image ?? cache.delete(id), () => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

async function decode(url: string): Promise<HTMLImageElement | null> {
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
    return image;
  } catch {
    console.warn(`Stamp picture unavailable: ${url}`);
    return null;
  }
}
