import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReplayPicture } from './replayPicture';
import { ReplayView } from './replayFrames';

export const REPLAY_SPEEDS = [1, 2, 4] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];
export type PlayerState = 'playing' | 'paused' | 'ended';

/** Longest step of replay time per frame: after a stall (a hidden tab) the replay resumes, it does not jump. */
const MAX_FRAME_MS = 100;

/**
 * Plays a picture back on two canvases: a frame loop that advances the replay by the time since
 * the last frame (times the speed), and draws only what changed.
 */
export function useReplayPlayer(picture: ReplayPicture | null, autoplay: boolean) {
  const [state, setState] = useState<PlayerState>(autoplay ? 'playing' : 'paused');
  const [speed, setSpeed] = useState<ReplaySpeed>(1);
  const [landed, setLanded] = useState(0);
  const base = useRef<HTMLCanvasElement | null>(null);
  const live = useRef<HTMLCanvasElement | null>(null);
  const outlines = useRef<HTMLCanvasElement | null>(null);
  const player = useRef<{ run: ReturnType<ReplayPicture['newRun']>; view: ReplayView; t: number } | null>(null);
  const width = useRef(0);
  const stateRef = useRef(state);
  const speedRef = useRef(speed);
  stateRef.current = state;
  speedRef.current = speed;

  // One run and view per picture, on the picture's own surface; the canvases are sized by `fit`.
  useEffect(() => {
    if (!picture || !base.current || !live.current || !outlines.current) return;
    const surface = picture.newSurface();
    const view = new ReplayView(base.current, live.current, outlines.current, surface, picture.lineArt);
    player.current = { run: picture.newRun(surface), view, t: 0 };
    if (width.current > 0) view.resize(width.current, window.devicePixelRatio || 1);
    view.draw(null);
    return () => {
      player.current = null;
      surface.dispose();
    };
  }, [picture]);

  // The frame loop runs only while playing: a paused or finished replay keeps the tablet idle.
  const playing = state === 'playing';
  useEffect(() => {
    if (!picture || !playing) return;
    let frame = 0;
    let last: number | null = null;
    const tick = (now: number) => {
      frame = requestAnimationFrame(tick);
      const p = player.current;
      const elapsed = last === null ? 0 : Math.min(MAX_FRAME_MS, now - last);
      last = now;
      if (!p) return;
      p.t += elapsed * speedRef.current;
      const current = p.run.advanceTo(p.t);
      p.view.draw(current);
      setLanded(p.run.landed);
      if (p.run.finished) {
        cancelAnimationFrame(frame);
        setState('ended');
      }
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [picture, playing]);

  const fit = useCallback((cssWidth: number) => {
    width.current = cssWidth;
    const p = player.current;
    if (!p) return;
    p.view.resize(cssWidth, window.devicePixelRatio || 1);
    p.view.draw(null);
  }, []);

  const play = useCallback(() => {
    const p = player.current;
    if (p && stateRef.current === 'ended') {
      // From the start again.
      p.run.restart();
      p.t = 0;
      p.view.draw(null);
      setLanded(0);
    }
    setState('playing');
  }, []);

  const pause = useCallback(() => setState((s) => (s === 'playing' ? 'paused' : s)), []);
  const nextSpeed = useCallback(() => setSpeed((s) => REPLAY_SPEEDS[(REPLAY_SPEEDS.indexOf(s) + 1) % REPLAY_SPEEDS.length]!), []);

  return { base, live, outlines, state, speed, landed, fit, play, pause, nextSpeed };
}
