import type { AdultActions } from '../features/adult/SettingsScreen';

/** The adult actions load their code (ZIP, picture export) only when an adult uses one. */
export function lazyAdultActions(ctx: Parameters<typeof import('./adultActions').createAdultActions>[0]): AdultActions {
  const load = async () => (await import('./adultActions')).createAdultActions(ctx);
  return {
    wipeAll: async (ownPages) => (await load()).wipeAll(ownPages),
    printAll: async () => (await load()).printAll(),
    printBlankPage: async (pageId) => (await load()).printBlankPage(pageId),
    exportArchive: async () => (await load()).exportArchive(),
    importArchive: async (file) => (await load()).importArchive(file),
    removeCustomPage: async (pageId) => (await load()).removeCustomPage(pageId),
    restoreCustomPage: async (pageId) => (await load()).restoreCustomPage(pageId),
  };
}
