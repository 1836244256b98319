import { startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { STAMP_GROUPS } from '../features/stamps/stampCatalogue.generated';
import { WhoIsDrawing } from '../features/children/WhoIsDrawing';
import type { AccessProfile } from '../engine/model/access';
import type { Child } from '../engine/model/children';
import type { Feeling, FeelingMoment } from '../engine/model/reflections';
import { asksFeelings, type Settings } from '../engine/model/settings';
import { saveChildren } from '../storage/childrenRepository';
import { loadPageCatalogue, pageCatalogueIfLoaded, pagesOfTheme, refreshPageCatalogue, type PageInfo } from '../features/colouring/pages';
import { LanguageProvider, translate } from '../features/i18n/i18n';
import { usePrinter } from '../features/print/usePrinter';
import { imageUrlsOf } from '../features/print/printJobs';
import { useAppUpdate } from '../features/pwa/useAppUpdate';
import { StorageNotice } from '../features/shell/StorageNotice';
import { useAdultArea } from '../features/shell/adultZoom';
import { usePictureSavingFails } from '../features/drawing/openPictures';
import { useActiveAccess } from '../features/access/useActiveAccess';
import { useSwitchScanning } from '../features/access/useSwitchScanning';
import { useDwell } from '../features/access/useDwell';
import { saveSession, sessionWritesSettled } from '../storage/sessionRepository';
import { saveFeeling } from '../storage/reflectionsRepository';
import { FeelingsCheckIn } from '../features/therapy/FeelingsCheckIn';
import { warmUpPictureStores } from '../storage/stores';
import { type Boot, sameBoot } from './bootstrap';
import { ErrorBoundary } from './ErrorBoundary';
import { AdultNotices } from './AdultNotices';
import { HomeScreen } from './HomeScreen';
import { newArtworkId } from './ids';
import { loadLineArt, loadPuzzleImage, makeThumbnail, pictureAssets } from './pictureAssets';
import { AdultGate, ChildrenEditor, DrawingScreen, GalleryScreen, HubSection, PageImport, PagePicker, preloadChildScreens, PrintSheets, preloadPrintSheets, printSheetsReady, preloadScreen, PuzzlePicker, screenReady, PuzzleScreen, ReplayScreen, SettingsScreen, TherapistSection, type Screen } from './screens';
import { pictureFileName } from '../features/gallery/fileName';
import { type SetAsideKind, useSetAsideNotice } from './useSetAsideNotice';
import { useSpaceWarning } from './useSpaceWarning';
import { useSettingsState } from './useSettingsState';
import { useHubOutbox } from './useHubOutbox';
import { lazyAdultActions } from './lazyAdultActions';
import { whenIdle } from '../ui/whenIdle';


/**
 * `booting` is started before React renders, so storage opens while React sets up. `provisional`
 * is this tablet's last known start (bootstrap.provisionalBoot): the home screen draws from it at
 * once, and `booting` then confirms it, or the screens start again from what storage holds.
 */
export function App({ booting, provisional = null }: { booting: Promise<Boot>; provisional?: Boot | null }) {
  const [boot, setBoot] = useState<Boot | null>(provisional);
  const [confirmed, setConfirmed] = useState(false);
  // Heard here, above the screens: a record set aside while storage opens must still reach the
  // adult when the screens start again from storage.
  const setAside = useSetAsideNotice();
  useEffect(() => {
    let alive = true;
    void booting.then((real) => {
      if (!alive) return;
      if (!provisional || !sameBoot(real, provisional)) setBoot(real);
      setConfirmed(true);
    });
    return () => {
      alive = false;
    };
  }, [booting, provisional]);
  if (!boot) return <div className="screen screen--loading" aria-busy="true" />;
  return <AppScreens key={boot === provisional ? 'provisional' : 'stored'} boot={boot} confirmed={confirmed || boot !== provisional} setAside={setAside} />;
}

/** `confirmed`: storage has answered. Until then a tap that leaves home waits for it (a picture is never started on a guess). */
function AppScreens({ boot, confirmed, setAside }: { boot: Boot; confirmed: boolean; setAside: SetAsideKind | null }) {
  const { storageOk } = boot;
  const [settings, changeSettings] = useSettingsState(boot.settings, storageOk);
  const [screen, setScreen] = useState<Screen>(
    boot.session.screen === 'draw' && boot.session.artworkId
      ? { name: 'draw', artworkId: boot.session.artworkId, pageId: boot.session.pageId, childId: boot.session.childId ?? null }
      : { name: 'home' },
  );
  const [children, setChildren] = useState<Child[]>(boot.children);
  const changeChildren = (next: Child[]) => {
    setChildren(next);
    if (storageOk) void saveChildren(next).catch((error: unknown) => console.warn('Children not saved', error));
  };
  const savingFails = usePictureSavingFails();
  const keptOnDevice = storageOk && !boot.memoryOnly;
  const nearlyFull = useSpaceWarning(screen.name === 'home', keptOnDevice);
  const update = useAppUpdate(sessionWritesSettled);
  const printer = usePrinter(preloadPrintSheets);
  // Asked for at start-up (main.tsx): usually here before the first render, which then needs no second.
  const [pages, setPages] = useState<PageInfo[]>(() => pageCatalogueIfLoaded() ?? []);
  useEffect(() => {
    loadPageCatalogue().then(setPages, () => setPages([]));
  }, []);
  const pagesChanged = useCallback(() => {
    refreshPageCatalogue();
    loadPageCatalogue().then(setPages, () => undefined);
  }, []);
  const language = settings.language;
  const pageName = (pageId: string | null) => pages.find((p) => p.id === pageId)?.names[language] ?? null;
  const eventTitle = settings.eventTitle ?? translate(language, 'print.eventTitle');
  // changeChildren is made anew each render, but what it extends is `children`, a dependency.
  const hub = useHubOutbox(storageOk, settings, pageName, screen.name === 'draw' || screen.name === 'puzzle', screen.name === 'draw' ? screen.artworkId : null);
  const adultActions = useMemo(() => lazyAdultActions({ settings, pages, children, print: printer.print, changeChildren, pagesChanged }), [settings, pages, children, printer.print, pagesChanged]);

  const heldBack = useRef<Screen | null>(null);
  const go = useCallback(
    (next: Screen) => {
      preloadScreen(next.name);
      if (!confirmed) {
        heldBack.current = next;
        return;
      }
      // Code already here: the next screen renders in one go, in the tap's own task. Otherwise a
      // transition keeps this screen up while the code arrives: suspending would show the blank
      // fallback, and React holds a fallback ~300 ms before revealing what replaced it. (A
      // transition renders in slices between other work: a third of a second more on a slow tablet.)
      if (screenReady(next.name)) setScreen(next);
      else startTransition(() => setScreen(next));
      if (storageOk) {
        const state =
          next.name === 'draw'
            ? { screen: 'draw' as const, artworkId: next.artworkId, pageId: next.pageId, childId: next.childId }
            : { screen: 'home' as const, artworkId: null, pageId: null };
        void saveSession(state).catch(() => {});
      }
    },
    [storageOk, confirmed],
  );
  useEffect(() => {
    const next = heldBack.current;
    heldBack.current = null;
    if (confirmed && next) go(next);
  }, [confirmed, go]);
  const home = () => go({ name: 'home' });
  const checkin = asksFeelings(settings, children.length);
  // A new picture: "Who is drawing?" when children are set up, then the feelings check-in if asked.
  const beginDrawing = (pageId: string | null, childId: string | null) => {
    const artworkId = newArtworkId();
    go(checkin ? { name: 'feelings', moment: 'before', artworkId, pageId, childId } : { name: 'draw', artworkId, pageId, childId, fresh: true });
  };
  const startPicture = (pageId: string | null) => (children.length > 0 ? go({ name: 'who', pageId }) : beginDrawing(pageId, null));
  const feelingChosen = (moment: FeelingMoment, artworkId: string, feeling: Feeling | null) => {
    if (storageOk) void saveFeeling(artworkId, moment, feeling).catch((error: unknown) => console.warn('Feeling not saved', error));
  };
  const childName = (childId: string | null) => children.find((c) => c.id === childId)?.name ?? null;
  // The child drawing now uses their own profile from the moment they are chosen; guests and every
  // other screen use the device default.
  // The feelings check-in is theirs too: they choose a face the way they choose a colour.
  const drawingChild = screen.name === 'draw' || screen.name === 'feelings' ? children.find((c) => c.id === screen.childId) : undefined;
  const access = drawingChild?.access ?? settings.defaultAccess;
  useActiveAccess(access);
  const childScreen = !['gate', 'settings'].includes(screen.name);
  useAdultArea(!childScreen);
  useSwitchScanning(access, childScreen);
  useDwell(childScreen && access.dwell, access.dwellMs);

  const printReport = async (child: Child) => {
    const { buildReportJob } = await import('../features/therapy/report');
    const job = await buildReportJob(child, language, loadLineArt);
    if (!printer.print([job], true)) for (const url of imageUrlsOf(job)) URL.revokeObjectURL(url);
  };

  // Warm the other screens and the picture databases while the child looks at the home screen,
  // once it is on screen and the browser has a quiet moment (the drawing screen's code came earlier).
  useEffect(() => {
    return whenIdle(() => {
      preloadChildScreens();
      if (storageOk) void warmUpPictureStores().catch(() => {});
    });
  }, [storageOk]);

  // A waiting update is applied only here, on the home screen, after the picture was saved.
  const { waiting, applyOnHome, checkNow } = update;
  useEffect(() => {
    if (screen.name !== 'home') return;
    if (waiting) return applyOnHome();
    checkNow();
  }, [screen.name, waiting, applyOnHome, checkNow]);

  return (
    <LanguageProvider language={language}>
      <ErrorBoundary message={translate(language, 'error.message')} homeLabel={translate(language, 'error.home')} onReset={home}>
        <Suspense fallback={<div className="screen screen--loading" aria-busy="true" />}>
        {screen.name === 'home' ? (
          <HomeScreen
            notices={<AdultNotices keptOnDevice={keptOnDevice} />}
            onStartBlank={() => startPicture(null)}
            onStartColouring={() => go({ name: 'pages' })}
            colouringPicture={pagesOfTheme(pages, settings.theme)[0]?.files.thumb}
            onOpenGallery={() => go({ name: 'gallery' })}
            onStartPuzzle={settings.puzzleCard ? () => go({ name: 'puzzle-pick' }) : undefined}
            onAdultGate={() => go({ name: 'gate' })}
          />
        ) : screen.name === 'pages' ? (
          <PagePicker theme={settings.theme} visiblePages={settings.visiblePages ?? undefined} onPick={(pageId) => startPicture(pageId)} onHome={home} />
        ) : screen.name === 'who' ? (
          <WhoIsDrawing childList={children} onHome={home} onPick={(childId) => beginDrawing(screen.pageId, childId)} />
        ) : screen.name === 'feelings' ? (
          <FeelingsCheckIn
            key={`${screen.moment}-${screen.artworkId}`}
            moment={screen.moment}
            child={children.find((c) => c.id === screen.childId) ?? null}
            onChoose={(feeling) => {
              feelingChosen(screen.moment, screen.artworkId, feeling);
              go(screen.moment === 'before' ? { name: 'draw', artworkId: screen.artworkId, pageId: screen.pageId, childId: screen.childId, fresh: true } : { name: 'home' });
            }}
          />
        ) : screen.name === 'gallery' ? (
          <GalleryScreen
            storageOk={storageOk}
            pageName={pageName}
            onHome={home}
            childList={children}
            onOpen={(item) => go({ name: 'draw', artworkId: item.id, pageId: item.pageId, childId: item.childId })}
            onReplay={(item) => go({ name: 'replay', artworkId: item.id, pageId: item.pageId, childId: item.childId, updatedAt: item.updatedAt })}
            makeThumbnail={makeThumbnail}
            onAction={async (item, action) => {
              const { runGalleryAction } = await import('./galleryActions');
              await runGalleryAction(item, action, { language, eventTitle, pageName, childName, nameInFileName: settings.nameInFileName, eventDate: settings.eventDate, print: printer.print });
            }}
          />
        ) : screen.name === 'replay' ? (
          <ReplayScreen
            artworkId={screen.artworkId}
            assets={pictureAssets}
            fileStem={pictureFileName(screen.pageId, screen.updatedAt || Date.now(), settings.nameInFileName ? childName(screen.childId) : null).replace(/\.png$/, '')}
            shareTitle={eventTitle}
            reduceMotion={settings.reduceMotion || prefersReducedMotion()}
            onHome={home}
          />
        ) : screen.name === 'puzzle-pick' ? (
          <PuzzlePicker
            pages={pagesOfTheme(pages, settings.theme).filter((p) => settings.visiblePages === null || settings.visiblePages.includes(p.id))}
            storageOk={storageOk}
            childList={children}
            defaultPieces={settings.puzzlePieces}
            makeThumbnail={makeThumbnail}
            onPick={(source, pieces) => go({ name: 'puzzle', source, pieces })}
            onHome={home}
          />
        ) : screen.name === 'puzzle' ? (
          <PuzzleScreen
            key={JSON.stringify(screen.source) + screen.pieces}
            source={screen.source}
            pieces={screen.pieces}
            loadImage={loadPuzzleImage}
            onAgain={() => go({ name: 'puzzle-pick' })}
            onPrint={(imageUrl, cols, rows) => printer.print([{ key: `cutout-${Date.now()}`, variant: 'cutout', imageUrl, cols, rows, caption: [eventTitle, screen.source.kind === 'page' ? pageName(screen.source.pageId) : null].filter(Boolean).join(' · ') }])}
            onHome={home}
          />
        ) : screen.name === 'gate' ? (
          <AdultGate onPass={() => go({ name: 'settings' })} onCancel={home} />
        ) : screen.name === 'settings' ? (
          <SettingsScreen
            settings={settings}
            pages={pages}
            stampGroups={STAMP_GROUPS}
            actions={adultActions}
            pageImport={
              <PageImport
                theme={settings.theme}
                onKept={(page) => {
                  // An adult who chose which pages show sees the new one at once too.
                  if (settings.visiblePages) changeSettings({ ...settings, visiblePages: [...settings.visiblePages, page.id] });
                  pagesChanged();
                }}
              />
            }
            hubSection={<HubSection sender={hub.sender} settings={settings} onChange={changeSettings} />}
            childrenEditor={<ChildrenEditor childList={children} defaultAccess={settings.defaultAccess} deviceSees={{ tools: settings.visibleTools, paletteSize: settings.paletteSize, sizes: settings.visibleSizes, symmetry: settings.symmetryButton }} onChange={changeChildren} />}
            therapistView={(version) => (
              <TherapistSection
                version={version}
                settings={settings}
                childList={children}
                onChange={changeSettings}
                loadLineArt={loadLineArt}
                makeThumbnail={makeThumbnail}
                pageName={pageName}
                onPrintReport={(child) => void printReport(child)}
              />
            )}
            onChange={changeSettings}
            onWiped={() => setChildren([])}
            onHome={home}
          />
        ) : (
            <DrawingScreen
              key={screen.artworkId}
              artworkId={screen.artworkId}
              pageId={screen.pageId}
              childId={screen.childId}
              fresh={screen.fresh ?? false}
              assets={pictureAssets}
              storageOk={storageOk}
              settings={withChildSees(settings, access)}
              access={access}
              onExit={(finished) => {
                // Done, or left: the picture goes to the session hub (when this tablet is paired).
                hub.finished(screen.artworkId);
                if (finished && checkin) go({ name: 'feelings', moment: 'after', artworkId: screen.artworkId, pageId: screen.pageId, childId: screen.childId });
                else home();
              }}
            />
        )}
        </Suspense>
      </ErrorBoundary>
      {/* The sheets' code loads with the other screens' code; a print waits for it (usePrinter). */}
      {printSheetsReady() ? <PrintSheets jobs={printer.jobs} onReady={printer.onReady} /> : null}
      <StorageNotice keptOnDevice={keptOnDevice} savingFails={savingFails} setAside={setAside} nearlyFull={nearlyFull} printFailed={printer.failed} />
    </LanguageProvider>
  );
}

/** The drawing screen shows the tools, colours, sizes and mirror of the child's own choice, if they have one. */
function withChildSees(settings: Settings, access: AccessProfile): Settings {
  const sees = access.sees;
  return sees ? { ...settings, visibleTools: sees.tools, paletteSize: sees.paletteSize, visibleSizes: sees.sizes, symmetryButton: sees.symmetry } : settings;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
