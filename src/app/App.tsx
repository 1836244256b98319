import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { AdultGate } from '../features/adult/AdultGate';
import { SettingsScreen } from '../features/adult/SettingsScreen';
import { PagePicker } from '../features/colouring/PagePicker';
import { loadPageCatalogue, type PageInfo } from '../features/colouring/pages';
import { GalleryScreen } from '../features/gallery/GalleryScreen';
import { LanguageProvider, translate } from '../features/i18n/i18n';
import { PrintSheets } from '../features/print/PrintSheets';
import { usePrinter } from '../features/print/usePrinter';
import { useAppUpdate } from '../features/pwa/useAppUpdate';
import { StorageNotice } from '../features/shell/StorageNotice';
import type { SaveStatus } from '../storage/autosave';
import { saveSession } from '../storage/sessionRepository';
import { createAdultActions } from './adultActions';
import { bootstrap, type Boot } from './bootstrap';
import { ErrorBoundary } from './ErrorBoundary';
import { runGalleryAction } from './galleryActions';
import { HomeScreen } from './HomeScreen';
import { newArtworkId } from './ids';
import { pictureAssets } from './pictureAssets';
import { useSetAsideNotice } from './useSetAsideNotice';
import { useSettingsState } from './useSettingsState';

type Screen =
  | { name: 'home' }
  | { name: 'pages' }
  | { name: 'gallery' }
  | { name: 'gate' }
  | { name: 'settings' }
  | { name: 'draw'; artworkId: string; pageId: string | null };

// The drawing screen (Konva and the brushes) loads after the home screen has painted.
const loadDrawingScreen = () => import('../features/drawing/DrawingScreen');
const DrawingScreen = lazy(() => loadDrawingScreen().then((m) => ({ default: m.DrawingScreen })));

export function App() {
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    void bootstrap().then(setBoot);
  }, []);
  if (!boot) return <div className="screen screen--loading" aria-busy="true" />;
  return <AppScreens boot={boot} />;
}

function AppScreens({ boot }: { boot: Boot }) {
  const { storageOk } = boot;
  const [settings, changeSettings] = useSettingsState(boot.settings, storageOk);
  const [screen, setScreen] = useState<Screen>(
    boot.session.screen === 'draw' && boot.session.artworkId ? { name: 'draw', artworkId: boot.session.artworkId, pageId: boot.session.pageId } : { name: 'home' },
  );
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const setAside = useSetAsideNotice();
  const update = useAppUpdate();
  const printer = usePrinter();
  const [pages, setPages] = useState<PageInfo[]>([]);
  useEffect(() => {
    loadPageCatalogue().then(setPages, () => setPages([]));
  }, []);
  const language = settings.language;
  const pageName = (pageId: string | null) => pages.find((p) => p.id === pageId)?.names[language] ?? null;
  const eventTitle = settings.eventTitle ?? translate(language, 'print.eventTitle');
  const adultActions = useMemo(() => createAdultActions({ settings, pages, print: printer.print }), [settings, pages, printer.print]);

  const go = useCallback(
    (next: Screen) => {
      setScreen(next);
      if (storageOk) {
        const state = next.name === 'draw' ? { screen: 'draw' as const, artworkId: next.artworkId, pageId: next.pageId } : { screen: 'home' as const, artworkId: null, pageId: null };
        void saveSession(state).catch(() => {});
      }
    },
    [storageOk],
  );
  const home = () => go({ name: 'home' });

  // Warm the drawing chunk while the child looks at the home screen.
  useEffect(() => {
    void loadDrawingScreen();
  }, []);

  // A waiting update is applied only here, on the home screen, after the picture was saved.
  const { waiting, apply, checkNow } = update;
  useEffect(() => {
    if (screen.name !== 'home') return;
    if (waiting) void apply();
    else checkNow();
  }, [screen.name, waiting, apply, checkNow]);

  return (
    <LanguageProvider language={language}>
      <ErrorBoundary message={translate(language, 'error.message')} homeLabel={translate(language, 'error.home')} onReset={home}>
        {screen.name === 'home' ? (
          <HomeScreen
            onStartBlank={() => go({ name: 'draw', artworkId: newArtworkId(), pageId: null })}
            onStartColouring={() => go({ name: 'pages' })}
            onOpenGallery={() => go({ name: 'gallery' })}
            onAdultGate={() => go({ name: 'gate' })}
          />
        ) : screen.name === 'pages' ? (
          <PagePicker visiblePages={settings.visiblePages ?? undefined} onPick={(pageId) => go({ name: 'draw', artworkId: newArtworkId(), pageId })} onHome={home} />
        ) : screen.name === 'gallery' ? (
          <GalleryScreen
            storageOk={storageOk}
            pageName={pageName}
            onHome={home}
            onOpen={(item) => go({ name: 'draw', artworkId: item.id, pageId: item.pageId })}
            onAction={(item, action) => runGalleryAction(item, action, { language, eventTitle, pageName, print: printer.print })}
          />
        ) : screen.name === 'gate' ? (
          <AdultGate onPass={() => go({ name: 'settings' })} onCancel={home} />
        ) : screen.name === 'settings' ? (
          <SettingsScreen settings={settings} pages={pages} actions={adultActions} onChange={changeSettings} onHome={home} />
        ) : (
          <Suspense fallback={<div className="screen screen--loading" aria-busy="true" />}>
            <DrawingScreen
              key={screen.artworkId}
              artworkId={screen.artworkId}
              pageId={screen.pageId}
              assets={pictureAssets}
              storageOk={storageOk}
              settings={settings}
              onExit={home}
              onSaveStatus={setSaveStatus}
            />
          </Suspense>
        )}
      </ErrorBoundary>
      <PrintSheets jobs={printer.jobs} onReady={printer.onReady} />
      <StorageNotice storageOk={storageOk} saveStatus={saveStatus} setAside={setAside} />
    </LanguageProvider>
  );
}
