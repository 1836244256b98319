import { useEffect, useRef, useState } from 'react';
import { STABILISER_RADIUS_PX } from '../../engine/input/stabiliser';
import { colorHex, PALETTE, SIZES, type ColorName, type SizeName } from '../../engine/model/palette';
import type { Settings } from '../../engine/model/settings';
import { DrawingStage } from '../../render/DrawingStage';
import type { SaveStatus } from '../../storage/autosave';
import { useT } from '../i18n/i18n';
import type { ArtworkSession } from './artworkSession';
import { Celebration } from './Celebration';
import { ClearDialog } from './ClearDialog';
import { ColourRail } from './ColourRail';
import { ToolRail } from './ToolRail';
import { TopBar } from './TopBar';
import { useArtworkSession } from './useArtworkSession';
import { useEditorState } from './useEditorState';

interface DrawingScreenProps {
  artworkId: string;
  storageOk: boolean;
  settings: Settings;
  onExit: () => void;
  onSaveStatus: (status: SaveStatus) => void;
}

const CELEBRATION_MS = 1600;

export function DrawingScreen(props: DrawingScreenProps) {
  const t = useT();
  const { session, error } = useArtworkSession(props.artworkId, props.storageOk);
  if (error) throw error;
  if (!session) return <div className="screen screen--loading" aria-busy="true">{t('loading')}</div>;
  return <DrawingWorkspace {...props} session={session} />;
}

function DrawingWorkspace({ session, settings, onExit, onSaveStatus }: DrawingScreenProps & { session: ArtworkSession }) {
  const t = useT();
  const editor = session.editor;
  const state = useEditorState(editor);
  const [confirmClear, setConfirmClear] = useState(false);
  const [celebrating, setCelebrating] = useState(false);
  const leaving = useRef(false);

  useEffect(() => session.autosaver.onStatus((status) => onSaveStatus(status)), [session, onSaveStatus]);
  useFlushWhenHidden(session);

  const leave = async (celebrate: boolean) => {
    if (leaving.current) return;
    leaving.current = true;
    if (celebrate) setCelebrating(true);
    const saved = session.saveNow();
    if (celebrate) await new Promise((r) => setTimeout(r, CELEBRATION_MS));
    await saved;
    onExit();
  };

  return (
    <div className={`screen draw-screen${settings.leftHanded ? ' draw-screen--left-handed' : ''}`}>
      <ToolRail tool={state.tool} onTool={(id) => editor.setTool(id)} />
      <TopBar
        size={sizeName(state.size)}
        colorHex={state.color}
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        onSize={(name) => editor.setSize(SIZES[name])}
        onHome={() => void leave(false)}
        onUndo={() => editor.undo()}
        onRedo={() => editor.redo()}
        onClear={() => setConfirmClear(true)}
        onDone={() => void leave(true)}
      />
      <main className="canvas-area">
        <DrawingStage editor={editor} surface={session.surface} stabiliserPx={STABILISER_RADIUS_PX[settings.stabiliser]} testId="canvas" label={t('canvas.label')} />
      </main>
      <ColourRail color={colorName(state.color)} onColor={(name) => editor.setColor(colorHex(name))} />
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
    </div>
  );
}

/** A tab going to the background may never come back: write everything now. */
function useFlushWhenHidden(session: ArtworkSession) {
  useEffect(() => {
    const flush = () => void session.autosaver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [session]);
}

function sizeName(size: number): SizeName {
  return (Object.keys(SIZES) as SizeName[]).find((name) => SIZES[name] === size) ?? 'medium';
}

function colorName(hex: string): ColorName {
  return PALETTE.find((c) => c.hex === hex)?.name ?? 'red';
}
