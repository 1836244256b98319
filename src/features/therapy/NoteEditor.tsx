import { useEffect, useRef, useState } from 'react';
import { cleanNoteText } from '../../engine/model/reflections';
import { NOTE_MAX_CHARS } from '../../engine/model/validation';
import { saveNote } from '../../storage/reflectionsRepository';
import { useT } from '../i18n/i18n';

/** Saved this long after the adult stops typing, and at once when the field loses focus. */
const SAVE_AFTER_TYPING_MS = 600;

/** The therapist's note on one picture: plain text, saved as typed. */
export function NoteEditor({ artworkId, initial }: { artworkId: string; initial: string }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const toSave = pending.current;
    if (toSave === null) return;
    pending.current = null;
    saveNote(artworkId, toSave).then(
      () => setStatus('saved'),
      (error: unknown) => {
        console.warn('Note not saved', error);
        setStatus('failed');
      },
    );
  };
  // Leaving the screen mid-sentence still keeps the note.
  useEffect(() => () => flush(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const id = `note-${artworkId}`;
  return (
    <div className="note-editor">
      <label htmlFor={id}>{t('note.label')}</label>
      <textarea
        id={id}
        data-testid={id}
        value={text}
        maxLength={NOTE_MAX_CHARS}
        rows={3}
        onChange={(e) => {
          const clean = cleanNoteText(e.target.value);
          setText(clean);
          setStatus(null);
          pending.current = clean;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_AFTER_TYPING_MS);
        }}
        onBlur={flush}
      />
      <span className="note-editor__status" role="status" data-testid={`note-status-${artworkId}`}>
        {status === 'saved' ? t('note.saved') : status === 'failed' ? t('note.failed') : text.length >= NOTE_MAX_CHARS ? t('note.tooLong') : ''}
      </span>
    </div>
  );
}
