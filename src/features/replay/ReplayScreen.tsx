import { useEffect, useRef, useState } from 'react';
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { shareOrDownload } from '../gallery/deliver';
import { useT } from '../i18n/i18n';
import { ExportCancelled, exportReplay } from './exportReplay';
import { loadReplayPicture, type ReplayAssets, type ReplayPicture } from './replayPicture';
import { useReplayPlayer } from './useReplayPlayer';

interface ReplayScreenProps {
  artworkId: string;
  assets: ReplayAssets;
  /** The download's name without its extension, like the picture's PNG. */
  fileStem: string;
  shareTitle: string;
  reduceMotion: boolean;
  onHome: () => void;
}

type ExportState = { phase: 'idle' } | { phase: 'encoding'; share: number } | { phase: 'done' } | { phase: 'failed' };

/** The time-lapse: the picture grows again stroke by stroke; a parent can keep it as a video. */
export function ReplayScreen({ artworkId, assets, fileStem, shareTitle, reduceMotion, onHome }: ReplayScreenProps) {
  const t = useT();
  const [picture, setPicture] = useState<ReplayPicture | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let alive = true;
    loadReplayPicture(artworkId, assets).then(
      (loaded) => {
        if (!alive) return;
        if (loaded) setPicture(loaded);
        else setMissing(true);
      },
      (error: unknown) => {
        console.warn('Replay not loaded', error);
        if (alive) setMissing(true);
      },
    );
    return () => {
      alive = false;
    };
  }, [artworkId, assets]);

  // With reduced motion the replay waits for a tap on play.
  const player = useReplayPlayer(picture, !reduceMotion);
  const stage = useRef<HTMLDivElement>(null);
  const [cssWidth, setCssWidth] = useState(0);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      const box = el.getBoundingClientRect();
      setCssWidth(Math.floor(Math.min(box.width, (box.height * DOC_WIDTH) / DOC_HEIGHT)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const { fit } = player;
  useEffect(() => {
    if (cssWidth > 0) fit(cssWidth);
  }, [cssWidth, fit, picture]);

  const [exporting, setExporting] = useState<ExportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const startExport = async () => {
    if (!picture || exporting.phase === 'encoding') return;
    const controller = new AbortController();
    abort.current = controller;
    setExporting({ phase: 'encoding', share: 0 });
    try {
      const video = await exportReplay(picture, (share) => setExporting({ phase: 'encoding', share }), controller.signal);
      await shareOrDownload(video.blob, `${fileStem}.${video.kind}`, shareTitle);
      setExporting({ phase: 'done' });
    } catch (error) {
      if (error instanceof ExportCancelled) setExporting({ phase: 'idle' });
      else {
        console.warn('Time-lapse not exported', error);
        setExporting({ phase: 'failed' });
      }
    }
  };

  const total = picture?.artwork.ops.length ?? 0;
  return (
    <main className="screen replay-screen" data-testid="replay-screen" aria-label={t('replay.open')} data-replay-state={player.state} data-replay-landed={player.landed} data-replay-steps={total}>
      <ScreenHeader title={t('replay.open')} homeLabel={t('actions.home')} onHome={onHome} />
      <div className="replay-screen__stage" ref={stage}>
        {missing ? <p className="replay-screen__missing">{t('replay.missing')}</p> : null}
        <div className="replay-screen__paper" style={{ width: cssWidth, height: Math.round((cssWidth * DOC_HEIGHT) / DOC_WIDTH) }} hidden={missing}>
          <canvas ref={player.base} data-testid="replay-canvas" />
          <canvas ref={player.live} aria-hidden="true" />
          <canvas ref={player.outlines} aria-hidden="true" />
        </div>
      </div>
      <div className="replay-screen__controls" data-scan-group="">
        {player.state === 'playing' ? (
          <BigButton testId="replay-pause" label={t('replay.pause')} onPress={player.pause} disabled={!picture}>
            <Icon src={ICONS.pause} size={48} />
          </BigButton>
        ) : (
          <BigButton testId="replay-play" label={t('replay.play')} onPress={player.play} disabled={!picture}>
            <Icon src={ICONS.play} size={48} />
          </BigButton>
        )}
        <BigButton testId="replay-speed" label={`${t('replay.speed')}: ${player.speed}×`} onPress={player.nextSpeed} disabled={!picture}>
          <span className="replay-screen__speed" aria-hidden="true">
            {player.speed}×
          </span>
        </BigButton>
        <BigButton testId="replay-export" label={t('replay.export')} onPress={() => void startExport()} disabled={!picture || exporting.phase === 'encoding'}>
          <Icon src={ICONS.film} size={48} />
        </BigButton>
        {exporting.phase === 'encoding' ? (
          <div className="replay-screen__export" role="status">
            <label>
              {t('replay.exporting')}
              <progress data-testid="replay-export-progress" max={1} value={exporting.share} />
            </label>
            <button type="button" className="settings-button" data-testid="replay-export-cancel" onClick={() => abort.current?.abort()}>
              {t('replay.cancel')}
            </button>
          </div>
        ) : exporting.phase === 'done' ? (
          <p className="replay-screen__export" role="status" data-testid="replay-export-done">
            {t('replay.exported')}
          </p>
        ) : exporting.phase === 'failed' ? (
          <p className="replay-screen__export" role="alert">
            {t('replay.exportFailed')}
          </p>
        ) : null}
      </div>
    </main>
  );
}
