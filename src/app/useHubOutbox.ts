import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../engine/model/settings';
import type { OutboxSender } from '../features/hub/outboxSender';
import { type HubContext, outboxSender, pictureFinished } from './hubOutbox';

/** Seconds after start before the outbox looks: the home screen and the first tap come first. */
const START_DELAY_MS = 1500;

/**
 * The outbox to the session hub, running in the background while the app is open: the sender
 * (for the adult area's status) and what to call when a child finishes a picture.
 */
export function useHubOutbox(storageOk: boolean, settings: Settings, pageName: (pageId: string | null) => string | null, drawing: boolean, openPicture: string | null) {
  const latest = useRef({ settings, pageName, drawing, openPicture });
  latest.current = { settings, pageName, drawing, openPicture };
  const [sender, setSender] = useState<OutboxSender | null>(null);
  const context = useRef<HubContext>({ settings: () => latest.current.settings, pageName: (id) => latest.current.pageName(id), idle: () => !latest.current.drawing, openPicture: () => latest.current.openPicture }).current;

  useEffect(() => {
    if (!storageOk) return;
    let stop: (() => void) | null = null;
    let alive = true;
    const timer = setTimeout(() => {
      void outboxSender(context).then((s) => {
        if (!alive) return;
        stop = s.start();
        setSender(s);
      });
    }, START_DELAY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [storageOk, context]);

  const finished = useCallback(
    (artworkId: string) => {
      if (storageOk) void pictureFinished(artworkId, context).catch((error: unknown) => console.warn('Not queued for the hub', error));
    },
    [storageOk, context],
  );
  return { sender, finished };
}
