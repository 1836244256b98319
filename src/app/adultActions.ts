import { mergeChildren, readArchive, writeArchive, type ArchiveEntry } from '../features/adult/pictureArchive';
import type { AdultActions } from '../features/adult/SettingsScreen';
import type { PageInfo } from '../features/colouring/pages';
import { exportPicturePng } from '../features/drawing/exportPicture';
import { downloadBlob } from '../features/gallery/deliver';
import { translate } from '../features/i18n/i18n';
import { imageUrlsOf, type PrintJob } from '../features/print/printJobs';
import type { Child } from '../engine/model/children';
import { loadReflections, restoreReflections } from '../storage/reflectionsRepository';
import type { Settings } from '../engine/model/settings';
import { thumbnailPng } from '../render/pictureImage';
import { loadArtwork, saveArtwork } from '../storage/artworkRepository';
import { listGalleryItems, pagesDrawnOn, saveThumbnail } from '../storage/galleryRepository';
import { saveBackupRecord } from '../storage/backupRepository';
import { wipeAllPictures } from '../storage/wipe';
import { loadCustomPages, moveCustomPageToBin, restoreCustomPage as restorePageFromBin, saveCustomPage } from '../storage/customPagesRepository';
import { pictureAssets } from './pictureAssets';

interface Context {
  settings: Settings;
  children: Child[];
  pages: PageInfo[];
  /** `fromAdult` true: prints from the adult area are never held back by a child's cool-down. */
  print: (jobs: PrintJob[], fromAdult: boolean) => boolean;
  /** Children that came with an imported archive join the list. */
  changeChildren: (next: Child[]) => void;
  /** A page of the therapist's own came or went: list the pages anew. */
  pagesChanged: () => void;
}

/** The adult area's actions on all pictures: print them, move them between tablets. */
export function createAdultActions({ settings, pages, children, print, changeChildren, pagesChanged }: Context): AdultActions {
  const language = settings.language;
  const eventTitle = settings.eventTitle ?? translate(language, 'print.eventTitle');
  const pageName = (id: string | null) => pages.find((p) => p.id === id)?.names[language] ?? null;
  const date = (when: number) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(settings.eventDate ? new Date(`${settings.eventDate}T12:00:00`) : when);
  return {
    async printAll() {
      const items = await listGalleryItems();
      const jobs: PrintJob[] = [];
      for (const item of items) {
        const png = await exportPicturePng(item.id, pictureAssets);
        const childName = children.find((c) => c.id === item.childId)?.name ?? null;
        jobs.push({ key: item.id, variant: 'sheet', imageUrl: URL.createObjectURL(png), eventTitle, profession: pageName(item.pageId), childName, date: date(item.updatedAt || Date.now()) });
      }
      if (!print(jobs, true)) for (const url of jobs.flatMap(imageUrlsOf)) URL.revokeObjectURL(url);
    },
    async printBlankPage(pageId) {
      const page = pages.find((p) => p.id === pageId);
      if (!page) return;
      print([{ key: `blank-${pageId}-${Date.now()}`, variant: 'sheet', imageUrl: page.files.lineart, eventTitle, profession: page.names[language], childName: null, date: date(Date.now()) }], true);
    },
    async exportArchive() {
      // Taken first: a picture changed while the file is made counts as not saved.
      const savedAt = Date.now();
      const entries: ArchiveEntry[] = [];
      const reflections = await loadReflections();
      for (const item of await listGalleryItems()) {
        const artwork = await loadArtwork(item.id);
        if (!artwork) continue;
        const png = new Uint8Array(await (await exportPicturePng(item.id, pictureAssets)).arrayBuffer());
        entries.push({ artwork, png, feelings: reflections.feelings.get(item.id) ?? null, note: reflections.notes.get(item.id) ?? null });
      }
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const file = `enchanting-canvas-pictures-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.zip`;
      const ownPages = await loadCustomPages().catch(() => []);
      downloadBlob(new Blob([writeArchive(entries, children, Date.now(), ownPages) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), file);
      await saveBackupRecord({ savedAt });
      return translate(language, 'export.done').replace('{file}', file);
    },
    async removeCustomPage(pageId) {
      const name = pageName(pageId) ?? pageId;
      // A picture drawn on the page (in the gallery or the bin) keeps it: its outlines are part of the picture.
      if ((await pagesDrawnOn()).has(pageId)) return translate(language, 'pageImport.inUse').replace('{name}', name);
      await moveCustomPageToBin(pageId);
      pagesChanged();
      return translate(language, 'pageImport.removed').replace('{name}', name);
    },
    async restoreCustomPage(pageId) {
      const page = await restorePageFromBin(pageId);
      pagesChanged();
      return page ? translate(language, 'pageImport.restored').replace('{name}', page.name) : '';
    },
    async wipeAll(ownPages) {
      await wipeAllPictures({ ownPages });
      if (ownPages) pagesChanged();
      return translate(language, 'wipe.done');
    },
    async importArchive(file) {
      const result = readArchive(new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) {
        console.warn('Archive refused:', result.detail);
        return translate(language, `import.${result.problem}`);
      }
      const merged = mergeChildren(children, result.children);
      if (merged.length > children.length) changeChildren(merged);
      // The therapist's own pages first, so that pictures drawn on them open with their outlines.
      const known = new Set((await loadCustomPages().catch(() => [])).map((page) => page.id));
      const newPages = result.pages.filter((page) => !known.has(page.id));
      for (const page of newPages) await saveCustomPage(page);
      if (newPages.length > 0) pagesChanged();
      let added = 0;
      let skipped = 0;
      for (const { artwork, png, feelings, note } of result.entries) {
        if (await loadArtwork(artwork.id)) {
          skipped++;
          continue;
        }
        await saveArtwork({ ...artwork, checkpoint: null });
        await restoreReflections(artwork.id, feelings ?? null, note ?? null);
        await saveThumbnail(artwork.id, { mime: 'image/png', data: await (await thumbnailPng(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }))).arrayBuffer(), updatedAt: artwork.updatedAt });
        added++;
      }
      return translate(language, 'import.done').replace('{added}', String(added)).replace('{skipped}', String(skipped));
    },
  };
}
