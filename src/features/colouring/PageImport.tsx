import { useEffect, useRef, useState } from 'react';
import { type CustomPage, cleanPageName, CUSTOM_PAGE_PREFIX } from '../../engine/model/customPage';
import { PAGE_NAME_MAX } from '../../engine/model/validation';
import type { ThemeId } from '../../engine/model/settings';
import type { TraceDetail } from '../../engine/trace/flatten';
import { saveCustomPage } from '../../storage/customPagesRepository';
import { useT } from '../i18n/i18n';
import { problemMessage } from './importProblem';
import { type TraceJob, tracePicture } from './tracePicture';
import type { TraceReply } from './traceProtocol';

type Traced = Extract<TraceReply, { ok: true }>;
type State = { step: 'idle' } | { step: 'tracing'; file: File; detail: TraceDetail } | { step: 'preview'; file: File; detail: TraceDetail; page: Traced; url: string } | { step: 'problem'; text: string; fewer?: { file: File; detail: TraceDetail } };

const FEWER: Record<TraceDetail, TraceDetail> = { more: 'normal', normal: 'fewer', fewer: 'fewer' };
const MORE: Record<TraceDetail, TraceDetail> = { fewer: 'normal', normal: 'more', more: 'more' };

/**
 * The adult's own colouring page: a photo or a drawing (the camera on a tablet) is traced in a
 * worker, shown before it is kept, and can be traced again with fewer or more areas. Nothing is
 * stored until "keep"; every problem is a calm message and the app stays usable meanwhile.
 */
export function PageImport({ theme, onKept }: { theme: ThemeId; onKept: (page: CustomPage, message: string) => void }) {
  const t = useT();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const job = useRef<TraceJob | null>(null);

  useEffect(() => () => job.current?.cancel(), []);
  useEffect(() => (state.step === 'preview' ? () => URL.revokeObjectURL(state.url) : undefined), [state]);

  const trace = (file: File, detail: TraceDetail) => {
    job.current?.cancel();
    const current = tracePicture(file, detail);
    job.current = current;
    setState({ step: 'tracing', file, detail });
    void current.result.then((reply) => {
      if (job.current !== current) return;
      job.current = null;
      if (reply.ok) setState({ step: 'preview', file, detail, page: reply, url: URL.createObjectURL(new Blob([reply.lineart as Uint8Array<ArrayBuffer>], { type: 'image/png' })) });
      else {
        const message = problemMessage(t, reply.problem, reply.detail, detail);
        setState({ step: 'problem', text: message.text, fewer: message.offersFewer ? { file, detail } : undefined });
      }
    });
  };

  const keep = async (preview: Extract<State, { step: 'preview' }>) => {
    const page: CustomPage = {
      id: `${CUSTOM_PAGE_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      name: cleanPageName(name) || t('pageImport.defaultName'),
      theme,
      createdAt: Date.now(),
      regionCount: preview.page.regionCount,
      lineart: preview.page.lineart,
      thumb: preview.page.thumb,
      hint: preview.page.hint,
      binnedAt: null,
    };
    setSaving(true);
    try {
      await saveCustomPage(page);
    } catch (error) {
      setState({ step: 'problem', text: `${t('pageImport.failed')} (${String(error)})` });
      return;
    } finally {
      setSaving(false);
    }
    setState({ step: 'idle' });
    setName('');
    onKept(page, t('pageImport.kept').replace('{name}', page.name));
  };

  const retryFewer = state.step === 'problem' ? state.fewer : undefined;
  return (
    <div className="page-import" data-testid="page-import-panel">
      <button type="button" className="settings-button" data-testid="page-import" onClick={() => fileInput.current?.click()} disabled={state.step === 'tracing'}>
        {t('pageImport.button')}
      </button>
      {/* image/* offers the camera on tablets; the worker checks what really arrived. */}
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/*"
        hidden
        data-testid="page-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) trace(file, 'normal');
        }}
      />
      {state.step === 'tracing' ? (
        <p className="page-import__status" role="status" data-testid="page-import-tracing">
          {t('pageImport.tracing')}
        </p>
      ) : null}
      {state.step === 'problem' ? (
        <>
          <p className="page-import__status page-import__status--problem" role="alert" data-testid="page-import-problem">
            {state.text}
          </p>
          {/* The message names this button: it is here whenever the message says so. */}
          {retryFewer ? <FewerButton label={t('pageImport.fewer')} onPress={() => trace(retryFewer.file, FEWER[retryFewer.detail])} /> : null}
        </>
      ) : null}
      {state.step === 'preview' ? (
        <figure className="page-import__preview" data-testid="page-import-preview" data-regions={state.page.regionCount}>
          <img src={state.url} alt={t('pageImport.preview')} />
          <figcaption>
            <span data-testid="page-import-regions">{t('pageImport.regions').replace('{n}', String(state.page.regionCount))}</span>
            <span className="settings-row">
              <FewerButton label={t('pageImport.fewer')} disabled={state.detail === 'fewer'} onPress={() => trace(state.file, FEWER[state.detail])} />
              <button type="button" className="settings-button" data-testid="page-import-more" disabled={state.detail === 'more'} onClick={() => trace(state.file, MORE[state.detail])}>
                {t('pageImport.more')}
              </button>
            </span>
            <label className="settings-row">
              {t('pageImport.name')}
              <input type="text" maxLength={PAGE_NAME_MAX} data-testid="page-import-name" value={name} placeholder={t('pageImport.defaultName')} onChange={(e) => setName(e.target.value)} />
            </label>
            <span className="settings-row">
              <button type="button" className="settings-button settings-button--primary" data-testid="page-import-keep" disabled={saving} onClick={() => void keep(state)}>
                {t('pageImport.keep')}
              </button>
              <button type="button" className="settings-button" data-testid="page-import-cancel" onClick={() => setState({ step: 'idle' })}>
                {t('pageImport.cancel')}
              </button>
            </span>
          </figcaption>
        </figure>
      ) : null}
    </div>
  );
}

function FewerButton({ label, disabled = false, onPress }: { label: string; disabled?: boolean; onPress: () => void }) {
  return (
    <button type="button" className="settings-button" data-testid="page-import-fewer" disabled={disabled} onClick={onPress}>
      {label}
    </button>
  );
}
