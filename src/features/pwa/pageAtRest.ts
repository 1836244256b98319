/**
 * Resolves once the page's images have finished loading (or `capMs` has passed).
 *
 * The switch to a new version waits for this. Chromium stops the old worker to let the new one
 * take over, but a request that arrives then (the home screen's pictures, just mounted) starts the
 * old worker again, and that copy lingers until it idles out (about 30 s; for ever while DevTools
 * is attached). The home screen asks for nothing more once its pictures are in.
 */
export function pageAtRest(doc: Pick<Document, 'images'> = document, capMs = 2000): Promise<void> {
  const pending = Array.from(doc.images).filter((image) => !image.complete && image.loading !== 'lazy');
  const loaded = Promise.all(
    pending.map(
      (image) =>
        new Promise<void>((resolve) => {
          image.addEventListener('load', () => resolve(), { once: true });
          image.addEventListener('error', () => resolve(), { once: true });
        }),
    ),
  );
  return Promise.race([loaded.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, capMs))]);
}
