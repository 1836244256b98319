import { useEffect, useRef, useState } from 'react';
import { STABILISER_RADIUS_PX } from '../../engine/input/stabiliser';
import { paletteOf, SIZES, type SizeName } from '../../engine/model/palette';
import type { AccessProfile } from '../../engine/model/access';
import type { Settings } from '../../engine/model/settings';
import { DrawingStage } from '../../render/DrawingStage';
import { useT } from '../i18n/i18n';
import { playSound } from '../sound/sound';
import { speakLabel } from '../sound/speech';
import { STAMPS } from '../stamps/stampCatalogue.generated';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useCanvasAccess } from './canvasAccess';
import { CanvasCursorOverlay } from './CanvasCursorOverlay';
import { type Command, type CommandTable, commandForKey, drawingCommands, runCommand } from './commands';
import { StampTray } from '../stamps/StampTray';
import { SymmetryGuides, SymmetryTray } from './SymmetryTray';
import type { ArtworkSession, PictureAssets } from './artworkSession';
import { Celebration } from './Celebration';
import { ClearDialog } from './ClearDialog';
import { ColourRail } from './ColourRail';
import { ToolRail } from './ToolRail';
import { TopBar } from './TopBar';
import { useArtworkSession } from './useArtworkSession';
import { useEditorState } from './useEditorState';
import { useEditorSounds } from './useEditorSounds';
import { useWakeLock } from './useWakeLock';

interface DrawingScreenProps {
  artworkId: string;
  /** For a new picture: the colouring page to start from. */
  pageId: string | null;
  /** For a new picture: who is drawing it. */
  childId: string | null;
  /** A picture just made: nothing in storage to read before it shows. */
  fresh?: boolean;
  storageOk: boolean;
  settings: Settings;
  /** How the child drawing now draws and chooses. */
  access: AccessProfile;
  assets: PictureAssets;
  /** `finished`: the child chose "done" (not home). */
  onExit: (finished: boolean) => void;
}

const CELEBRATION_MS = 1600;
/** Stamp widths in document pixels for the three sizes. */
const STAMP_SIZES: Record<SizeName, number> = { small: 220, medium: 360, large: 540 };

export function DrawingScreen(props: DrawingScreenProps) {
  const t = useT();
  const { session, error } = useArtworkSession(props.artworkId, props.storageOk, props.assets, props.pageId, props.childId, props.fresh ?? false);
  if (error) throw error;
  if (!session) return <div className="screen screen--loading" aria-busy="true">{t('loading')}</div>;
  return <DrawingWorkspace {...props} session={session} />;
}

function DrawingWorkspace({ session, settings, access, assets, onExit }: DrawingScreenProps & { session: ArtworkSession }) {
  const t = useT();
  const language = settings.language;
  const editor = session.editor;
  const state = useEditorState(editor);
  const [confirmClear, setConfirmClear] = useState(false);
  const [celebrating, setCelebrating] = useState(false);
  const [trayOpen, setTrayOpen] = useState(false);
  const [mirrorsOpen, setMirrorsOpen] = useState(false);
  // Closing the stamp tray without choosing goes back to the tool in use before.
  const toolBeforeTray = useRef(editor.tool);
  const leaving = useRef(false);

  useEffect(() => {
    editor.stayInside = settings.stayInside;
  }, [editor, settings.stayInside]);
  // Start on a tool and colour the child can see (an adult may have hidden some).
  useEffect(() => {
    if (!settings.visibleTools.includes(editor.tool)) editor.setTool(settings.visibleTools[0] ?? 'marker');
    if (!paletteOf(settings.paletteSize).some((c) => c.hex === editor.color)) editor.setColor(paletteOf(settings.paletteSize)[0]?.hex ?? '#e53935');
    const size = settings.visibleSizes.includes(sizeName(editor.size)) ? sizeName(editor.size) : settings.visibleSizes[0];
    if (size) editor.setSize(SIZES[size], STAMP_SIZES[size]);
    // A child without the mirror button never draws mirrored (another child may have left it on).
    if (!settings.symmetryButton && editor.symmetry !== null) editor.setSymmetry(null);
  }, [editor, settings.visibleTools, settings.paletteSize, settings.visibleSizes, settings.symmetryButton]);
  useWakeLock();
  useEditorSounds(editor);

  const leave = async (celebrate: boolean) => {
    if (leaving.current) return;
    leaving.current = true;
    if (celebrate) {
      setCelebrating(true);
      playSound('celebrate');
    }
    const saved = session.saveNow();
    if (celebrate) await new Promise((r) => setTimeout(r, CELEBRATION_MS));
    await saved;
    onExit(celebrate);
  };

  const pickStamp = async (stampId: string) => {
    const stamp = STAMPS.find((s) => s.id === stampId);
    if (stamp) speakLabel(stamp.names[language]);
    // The tray closes once the stamp is ready: a tap on the page right after always places it.
    const images = await assets.loadStamps([stampId]).catch((error: unknown) => {
      console.warn(`Stamp ${stampId} not loaded`, error);
      return new Map<string, CanvasImageSource>();
    });
    const image = images.get(stampId);
    if (image) {
      session.surface.registerStamp(stampId, image);
      editor.setStamp(stampId);
    }
    setTrayOpen(false);
  };

  const commands = drawingCommands({
    editor,
    stampSizes: STAMP_SIZES,
    askToClear: () => setConfirmClear(true),
    leave: (celebrate) => void leave(celebrate),
    toolChosen: (tool, previous) => {
      if (tool === 'stamp' && previous !== 'stamp') toolBeforeTray.current = previous;
      setTrayOpen(tool === 'stamp');
    },
    openSymmetry: () => {
      setTrayOpen(false);
      setMirrorsOpen(true);
    },
    symmetryChosen: () => setMirrorsOpen(false),
    tools: settings.visibleTools,
    colours: paletteOf(settings.paletteSize).map((c) => c.name),
    sizes: settings.visibleSizes,
    symmetry: settings.symmetryButton,
  });
  const run = (command: Command) => void runCommand(command, { play: playSound, say: (label) => speakLabel(t(label)) });
  const [canvasArea, setCanvasArea] = useState<HTMLElement | null>(null);
  const [stage, setStage] = useState<HTMLElement | null>(null);
  // The crosshair's menu: "back to the buttons" first (and lift while the brush is down), undo and done after each sweep.
  const canvas = useCanvasAccess(editor, canvasArea, stage, { before: () => enabledButtons(['scan-leave', 'scan-lift']), after: () => enabledButtons(['undo', 'done']) }, { dwell: access.dwell, tapToStart: access.tapToStart });
  useCommandKeys(commands, run, !confirmClear && !celebrating);
  const toolRail = <ToolRail commands={commands} run={run} />;
  const colourRail = <ColourRail commands={commands} run={run} hintUrl={session.page?.hintUrl ?? null} />;
  // The rails swap sides for a left-handed child; the DOM order follows, so Tab moves left to
  // right as the child sees them. A switch scan goes colours, tools, bar, picture on either side
  // (data-scan-order): the two long rails first, fewest presses for every control.
  return (
    <div className={`screen draw-screen${settings.leftHanded ? ' draw-screen--left-handed' : ''}`} data-tool-count={settings.visibleTools.length}>
      {settings.leftHanded ? colourRail : toolRail}
      <TopBar commands={commands} run={run} colorHex={state.color} />
      <main className="canvas-area" ref={setCanvasArea} data-scan-group="canvas" data-scan-order={4}>
        <DrawingStage
          editor={editor}
          surface={session.surface}
          lineArt={session.page?.image ?? null}
          stabiliserPx={STABILISER_RADIUS_PX[settings.stabiliser]}
          testId="canvas"
          label={t('canvas.label')}
          overlay={(fit) => (
            <>
              <SymmetryGuides symmetry={state.symmetry} fit={fit} />
              <CanvasCursorOverlay cursor={canvas.cursor} fit={fit} label={t('scan.cursor')} />
            </>
          )}
          directInput={!access.tapToStart}
          onElement={setStage}
        />
        {canvas.cursor.mode === 'pointer' && canvas.cursor.down ? (
          <div className="scan-bar">
            <BigButton testId="scan-lift" label={t('scan.lift')} onPress={canvas.lift}>
              <Icon src={ICONS.raisedHand} size={44} />
            </BigButton>
          </div>
        ) : null}
        {canvas.cursor.mode === 'scan' ? (
          // While the crosshair runs: go back to the buttons, or lift the brush (undo and done are in the top bar).
          <div className="scan-bar">
            <BigButton testId="scan-leave" label={t('scan.leave')} onPress={canvas.leave}>
              <Icon src={ICONS.backArrow} size={44} />
            </BigButton>
            {canvas.cursor.pen.down ? (
              <BigButton testId="scan-lift" label={t('scan.lift')} onPress={canvas.lift}>
                <Icon src={ICONS.raisedHand} size={44} />
              </BigButton>
            ) : null}
          </div>
        ) : null}
        {mirrorsOpen ? <SymmetryTray commands={commands} run={run} onClose={() => setMirrorsOpen(false)} /> : null}
        {trayOpen ? (
          <StampTray
            chosen={state.stamp}
            // The page's own profession first; in the other themes, the nature stamps.
            firstGroup={settings.theme === 'professions' ? session.pageId : 'nature'}
            groups={settings.stampGroups}
            onPick={(id) => void pickStamp(id)}
            onClose={() => {
              setTrayOpen(false);
              if (!state.stamp) editor.setTool(toolBeforeTray.current);
            }}
          />
        ) : null}
      </main>
      {settings.leftHanded ? toolRail : colourRail}
      {confirmClear && (
        <ClearDialog
          onYes={() => {
            editor.clear();
            setConfirmClear(false);
          }}
          onNo={() => setConfirmClear(false)}
        />
      )}
      {celebrating && <Celebration />}
      {session.readOnly ? (
        <p className="storage-notice storage-notice--shown read-only-notice" role="alert" data-testid="read-only">
          {t('drawing.readOnly')}
        </p>
      ) : null}
    </div>
  );
}

/** The drawing screen's buttons with these test ids that can be pressed now, in this order. */
function enabledButtons(testIds: readonly string[]): HTMLElement[] {
  return testIds.flatMap((id) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]:not(:disabled)`);
    return el ? [el] : [];
  });
}

function sizeName(size: number): SizeName {
  return (Object.keys(SIZES) as SizeName[]).find((name) => SIZES[name] === size) ?? 'medium';
}

/** Keyboard shortcuts run the same commands as the buttons (Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo). */
function useCommandKeys(commands: CommandTable, run: (command: Command) => void, active: boolean): void {
  const latest = useRef({ commands, run });
  latest.current = { commands, run };
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(latest.current.commands, e);
      if (!command) return;
      e.preventDefault();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
