import { type ReactNode, useRef, useState } from 'react';
import { STABILISER_STRENGTHS } from '../../engine/input/stabiliser';
import { PIECE_COUNTS } from '../../engine/puzzle/puzzle';
import { type Language, LANGUAGES, type Settings, THEMES } from '../../engine/model/settings';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AccessProfileEditor } from '../access/AccessProfileEditor';
import { ChildSeesEditor } from '../access/ChildSeesEditor';
import { translate, useT } from '../i18n/i18n';
import type { PageInfo } from '../colouring/pages';
import { BackupSection } from './BackupSection';
import { DeviceSection } from './DeviceSection';
import { OwnPagesBin, RemoveOwnPage } from './OwnPageRemoval';
import { PictureManager } from './PictureManager';
import { Switch } from '../../ui/Switch';

export interface AdultActions {
  /** `ownPages`: the colouring pages made on this tablet go too. */
  wipeAll: (ownPages: boolean) => Promise<string>;
  printAll: () => Promise<void>;
  printBlankPage: (pageId: string) => Promise<void>;
  exportArchive: () => Promise<string>;
  importArchive: (file: File) => Promise<string>;
  /** Moves one of the therapist's own pages to the bin, unless pictures were drawn on it; says which. */
  removeCustomPage: (pageId: string) => Promise<string>;
  /** Brings an own page back from the bin; says so. */
  restoreCustomPage: (pageId: string) => Promise<string>;
}

interface SettingsScreenProps {
  settings: Settings;
  pages: PageInfo[];
  stampGroups: readonly { id: string; names: Record<Language, string> }[];
  actions: AdultActions;
  /** The children editor, supplied by the app (it belongs to the children feature). */
  childrenEditor: ReactNode;
  /** Making a colouring page from a photo or drawing (the colouring feature, supplied by the app). */
  pageImport: ReactNode;
  /** Connecting to the session hub and the outbox's status (the hub feature, supplied by the app). */
  hubSection: ReactNode;
  /** The feelings check-in and each child's timeline (the therapy feature, supplied by the app); `version` changes after an import, a wipe or a picture moved to the bin. */
  therapistView: (version: number) => ReactNode;
  onChange: (next: Settings) => void;
  onWiped: () => void;
  onHome: () => void;
}

const LANGUAGE_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** The adult area: everything applies at once and is saved. */
export function SettingsScreen({ settings, pages, stampGroups, actions, childrenEditor, pageImport, hubSection, therapistView, onChange, onWiped, onHome }: SettingsScreenProps) {
  const t = useT();
  const set = (change: Partial<Settings>) => onChange({ ...settings, ...change });
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [wipeStep, setWipeStep] = useState(0);
  const [wipeOwnPages, setWipeOwnPages] = useState(false);
  const [binnedOwnPages, setBinnedOwnPages] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const visible = settings.visiblePages ?? pages.map((p) => p.id);
  const groups = settings.stampGroups ?? stampGroups.map((g) => g.id);
  const run = (work: () => Promise<string | void>) =>
    void work().then(
      (text) => {
        if (text) setMessage(text);
        setVersion((v) => v + 1);
      },
      (error: unknown) => setMessage(String(error)),
    );

  return (
    <main className="screen settings-screen" data-testid="settings" aria-label={t('settings.title')}>
      <ScreenHeader title={t('settings.title')} homeLabel={t('actions.home')} onHome={onHome} />
      <div className="settings-screen__body">
        {message ? <p className="settings-message" role="status">{message}</p> : null}
        <BackupSection version={version} onSaveAll={() => run(actions.exportArchive)} />
        <section aria-labelledby="s-lang">
          <h2 id="s-lang">{t('settings.language')}</h2>
          <div className="settings-row">
            {LANGUAGES.map((lang) => (
              <button key={lang} type="button" lang={lang} className="settings-button" data-testid={`lang-${lang}`} aria-pressed={settings.language === lang} onClick={() => set({ language: lang })}>
                {LANGUAGE_NAMES[lang]}
              </button>
            ))}
          </div>
        </section>
        <section aria-labelledby="s-sound">
          <h2 id="s-sound">{t('settings.sound')}</h2>
          <Switch testId="sound-toggle" label={t('settings.soundOn')} checked={settings.soundOn} onChange={(on) => set({ soundOn: on })} />
          <Switch testId="spoken-labels" label={t('settings.spoken')} checked={settings.spokenLabels} onChange={(on) => set({ spokenLabels: on })} />
          <label className="settings-row">
            {t('settings.volume')}
            <input type="range" min={0} max={1} step={0.1} value={settings.volume} data-testid="volume" onChange={(e) => set({ volume: Number(e.target.value) })} />
          </label>
        </section>
        <section aria-labelledby="s-draw">
          <h2 id="s-draw">{t('settings.drawing')}</h2>
          <Switch testId="stay-inside" label={t('settings.stayInside')} checked={settings.stayInside} onChange={(on) => set({ stayInside: on })} />
          <Switch testId="left-handed" label={t('settings.leftHanded')} checked={settings.leftHanded} onChange={(on) => set({ leftHanded: on })} />
          <Switch testId="high-contrast" label={t('settings.highContrast')} checked={settings.highContrast} onChange={(on) => set({ highContrast: on })} />
          <Switch testId="reduce-motion" label={t('settings.reduceMotion')} checked={settings.reduceMotion} onChange={(on) => set({ reduceMotion: on })} />
          <div className="settings-row" role="group" aria-label={t('settings.stabiliser')}>
            <span>{t('settings.stabiliser')}</span>
            {STABILISER_STRENGTHS.map((s) => (
              <button key={s} type="button" className="settings-button" data-testid={`stabiliser-${s}`} aria-pressed={settings.stabiliser === s} onClick={() => set({ stabiliser: s })}>
                {t(`stabiliser.${s}`)}
              </button>
            ))}
          </div>
          <Switch testId="puzzle-card" label={t('settings.puzzleCard')} checked={settings.puzzleCard} onChange={(on) => set({ puzzleCard: on })} />
          <div className="settings-row" role="group" aria-label={t('settings.puzzlePieces')}>
            <span>{t('settings.puzzlePieces')}</span>
            {PIECE_COUNTS.map((n) => (
              <button key={n} type="button" className="settings-button" data-testid={`default-puzzle-pieces-${n}`} aria-pressed={settings.puzzlePieces === n} onClick={() => set({ puzzlePieces: n })}>
                {n}
              </button>
            ))}
          </div>
        </section>
        <section aria-labelledby="s-child-sees">
          <h2 id="s-child-sees">{t('settings.childSees')}</h2>
          <ChildSeesEditor
            sees={{ tools: settings.visibleTools, paletteSize: settings.paletteSize, sizes: settings.visibleSizes, symmetry: settings.symmetryButton }}
            onChange={(sees) => set({ visibleTools: sees.tools, paletteSize: sees.paletteSize, visibleSizes: sees.sizes, symmetryButton: sees.symmetry })}
          />
        </section>
        <section aria-labelledby="s-access">
          <h2 id="s-access">{t('access.deviceTitle')}</h2>
          <AccessProfileEditor idPrefix="default-" profile={settings.defaultAccess} onChange={(defaultAccess) => set({ defaultAccess })} />
        </section>
        <section aria-labelledby="s-pages">
          <h2 id="s-pages">{t('settings.pages')}</h2>
          <div className="settings-row" role="group" aria-label={t('settings.theme')}>
            <span>{t('settings.theme')}</span>
            {THEMES.map((theme) => (
              <button key={theme} type="button" className="settings-button" data-testid={`theme-${theme}`} aria-pressed={settings.theme === theme} onClick={() => set({ theme })}>
                {t(`theme.${theme}`)}
              </button>
            ))}
          </div>
          <label className="settings-row">
            {t('settings.eventTitle')}
            <input type="text" maxLength={80} data-testid="event-title" value={settings.eventTitle ?? translate(settings.language, 'print.eventTitle')} onChange={(e) => set({ eventTitle: e.target.value })} />
          </label>
          <label className="settings-row">
            {t('settings.eventDate')}
            <input type="date" data-testid="event-date" value={settings.eventDate ?? ''} onChange={(e) => set({ eventDate: e.target.value || null })} />
          </label>
          <ul className="settings-pages">
            {pages.filter((page) => page.theme === settings.theme).map((page) => (
              <li key={page.id}>
                <Switch
                  testId={`theme-page-${page.id}`}
                  label={page.names[settings.language]}
                  checked={visible.includes(page.id)}
                  onChange={(on) => set({ visiblePages: on ? [...visible, page.id] : visible.filter((id) => id !== page.id) })}
                />
                <button type="button" className="settings-button" data-testid={`print-page-${page.id}`} aria-label={`${t('settings.printPage')}: ${page.names[settings.language]}`} onClick={() => run(() => actions.printBlankPage(page.id))}>
                  {t('settings.printPage')}
                </button>
                {page.custom ? <RemoveOwnPage pageId={page.id} name={page.names[settings.language]} onRemove={() => run(() => actions.removeCustomPage(page.id))} /> : null}
              </li>
            ))}
          </ul>
          <OwnPagesBin version={version} onRestore={(pageId) => run(() => actions.restoreCustomPage(pageId))} onCount={setBinnedOwnPages} />
          <h3>{t('pageImport.title')}</h3>
          {pageImport}
        </section>
        {hubSection}
        <section aria-labelledby="s-stamps">
          <h2 id="s-stamps">{t('settings.stampGroups')}</h2>
          {stampGroups.map((group) => (
            <Switch
              key={group.id}
              testId={`theme-stamps-${group.id}`}
              label={group.names[settings.language]}
              checked={groups.includes(group.id)}
              onChange={(on) => set({ stampGroups: on ? [...groups, group.id] : groups.filter((id) => id !== group.id) })}
            />
          ))}
        </section>
        <section aria-labelledby="s-children">
          <h2 id="s-children">{t('children.title')}</h2>
          {childrenEditor}
          <Switch testId="name-in-file" label={t('settings.nameInFile')} checked={settings.nameInFileName} onChange={(on) => set({ nameInFileName: on })} />
        </section>
        {therapistView(version)}
        <section aria-labelledby="s-pictures">
          <h2 id="s-pictures">{t('settings.pictures')}</h2>
          <div className="settings-row">
            <button type="button" className="settings-button" data-testid="print-all" onClick={() => run(actions.printAll)}>
              {t('settings.printAll')}
            </button>
            <button type="button" className="settings-button" data-testid="export-zip" onClick={() => run(actions.exportArchive)}>
              {t('settings.exportZip')}
            </button>
            <button type="button" className="settings-button" data-testid="import-zip" onClick={() => fileInput.current?.click()}>
              {t('settings.importZip')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".zip,application/zip"
              hidden
              data-testid="import-zip-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) run(() => actions.importArchive(file));
              }}
            />
          </div>
          <PictureManager pageName={(id) => pages.find((p) => p.id === id)?.names[settings.language] ?? null} version={version} onChanged={() => setVersion((v) => v + 1)} />
        </section>
        <DeviceSection />
        <section aria-labelledby="s-end">
          <h2 id="s-end">{t('settings.endSession')}</h2>
          {/* Two confirmations: a tired adult's stray tap must not wipe a session's pictures. */}
          <button
            type="button"
            className="settings-button settings-button--danger"
            data-testid={['wipe-all', 'wipe-confirm-1', 'wipe-confirm-2'][wipeStep]}
            onClick={() => {
              if (wipeStep < 2) return setWipeStep(wipeStep + 1);
              setWipeStep(0);
              run(async () => {
                const text = await actions.wipeAll(wipeOwnPages);
                onWiped();
                return text;
              });
            }}
          >
            {[t('settings.wipeAll'), t('wipe.confirm1'), t('wipe.confirm2')][wipeStep]}
          </button>
          {/* Asked once the adult has begun: a page traced from a photo may show a child. */}
          {wipeStep > 0 && (pages.some((page) => page.custom) || binnedOwnPages > 0) ? <Switch testId="wipe-own-pages" label={t('wipe.ownPages')} checked={wipeOwnPages} onChange={setWipeOwnPages} /> : null}
        </section>
      </div>
    </main>
  );
}
