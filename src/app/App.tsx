import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { LanguageProvider } from '../features/i18n/i18n';
import { useAppUpdate } from '../features/pwa/useAppUpdate';
import { PagePicker } from '../features/colouring/PagePicker';
import { loadPageCatalogue, type PageInfo } from '../features/colouring/pages';
import { GalleryScreen } from '../features/gallery/GalleryScreen';
import { PrintSheets } from '../features/print/PrintSheets';
import { usePrinter } from '../features/print/usePrinter';
import { runGalleryAction } from './galleryActions';
import { translate } from '../features/i18n/i18n';
import { setSoundEnabled, setSoundVolume } from '../features/sound/sound';
import { pictureAssets } from './pictureAssets';
import { StorageNotice } from '../features/shell/StorageNotice';
import { onSetAside } from '../storage/quarantine';
import { ErrorBoundary } from './ErrorBoundary';
import type { SaveStatus } from '../storage/autosave';
import { saveSession } from '../storage/sessionRepository';
import { bootstrap, type Boot } from './bootstrap';
import { HomeScreen } from './HomeScreen';
import { newArtworkId } from './ids';

type Screen = { name: 'home' } | { name: 'pages' } | { name: 'gallery' } | { name: 'draw'; artworkId: string; pageId: string | null };

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
  const { settings, storageOk } = boot;
  const [screen, setScreen] = useState<Screen>(
    boot.session.screen === 'draw' && boot.session.artworkId ? { name: 'draw', artworkId: boot.session.artworkId, pageId: boot.session.pageId } : { name: 'home' },
  );
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [setAside, setSetAside] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onSetAside(() => {
      setSetAside(true);
      clearTimeout(timer);
      timer = setTimeout(() => setSetAside(false), 15_000);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  const update = useAppUpdate();
  const printer = usePrinter();
  const [pages, setPages] = useState<PageInfo[]>([]);
  useEffect(() => {
    loadPageCatalogue().then(setPages, () => setPages([]));
  }, []);
  const pageName = (pageId: string | null) => pages.find((p) => p.id === pageId)?.names[settings.language] ?? null;

  useEffect(() => {
    setSoundEnabled(settings.soundOn);
    setSoundVolume(settings.volume);
  }, [settings.soundOn, settings.volume]);

  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.documentElement.dataset.build = __APP_BUILD__;
  }, [settings.language]);

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
    <LanguageProvider language={settings.language}>
      <ErrorBoundary message={translate(settings.language, 'error.message')} homeLabel={translate(settings.language, 'error.home')} onReset={() => go({ name: 'home' })}>
      {screen.name === 'home' ? (
        <HomeScreen
          onStartBlank={() => go({ name: 'draw', artworkId: newArtworkId(), pageId: null })}
          onStartColouring={() => go({ name: 'pages' })}
          onOpenGallery={() => go({ name: 'gallery' })}
        />
      ) : screen.name === 'gallery' ? (
        <GalleryScreen
          storageOk={storageOk}
          pageName={pageName}
          onHome={() => go({ name: 'home' })}
          onOpen={(item) => go({ name: 'draw', artworkId: item.id, pageId: item.pageId })}
          onAction={(item, action) =>
            runGalleryAction(item, action, { language: settings.language, eventTitle: translate(settings.language, 'print.eventTitle'), pageName, print: printer.print })
          }
        />
      ) : screen.name === 'pages' ? (
        <PagePicker onPick={(pageId) => go({ name: 'draw', artworkId: newArtworkId(), pageId })} onHome={() => go({ name: 'home' })} />
      ) : (
        <Suspense fallback={<div className="screen screen--loading" aria-busy="true" />}>
          <DrawingScreen
            key={screen.artworkId}
            artworkId={screen.artworkId}
            pageId={screen.pageId}
            assets={pictureAssets}
            storageOk={storageOk}
            settings={settings}
            onExit={() => go({ name: 'home' })}
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
