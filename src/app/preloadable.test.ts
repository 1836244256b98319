// @vitest-environment jsdom
import { act, Component as ReactComponent, createElement, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

// React only runs act() without warnings when told it is in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A screen that counts how often it is mounted. */
function countingScreen(mounts: { count: number }): ComponentType<{ text: string }> {
  return function Screen({ text }: { text: string }) {
    useEffect(() => {
      mounts.count++;
    }, []);
    return createElement('p', null, text);
  };
}

const inSuspense = (child: ReturnType<typeof createElement>) => createElement(Suspense, { fallback: createElement('i', null, 'loading') }, child);

describe('preloadable screens', () => {
  it('render in the very first commit once preloaded, without showing the fallback', async () => {
    const mounts = { count: 0 };
    const screen = preloadable(() => Promise.resolve(countingScreen(mounts)));
    await screen.preload();
    act(() => root.render(inSuspense(createElement(screen.Component, { text: 'ready' }))));
    // React.lazy alone would show "loading" here: its own promise is still pending on first render.
    expect(host.textContent).toBe('ready');
    expect(mounts.count).toBe(1);
  });

  it('suspend when not preloaded, then keep the same mount when the code arrives and on re-renders', async () => {
    const mounts = { count: 0 };
    const load = deferred<ComponentType<{ text: string }>>();
    const screen = preloadable(() => load.promise);
    act(() => root.render(inSuspense(createElement(screen.Component, { text: 'one' }))));
    expect(host.textContent).toBe('loading');
    await act(async () => load.resolve(countingScreen(mounts)));
    expect(host.textContent).toBe('one');
    act(() => root.render(inSuspense(createElement(screen.Component, { text: 'two' }))));
    expect(host.textContent).toBe('two');
    expect(mounts.count).toBe(1);
  });

  it('load the code once however often it is asked for', async () => {
    let loads = 0;
    const screen = preloadable(() => {
      loads++;
      return Promise.resolve(countingScreen({ count: 0 }));
    });
    await Promise.all([screen.preload(), screen.preload()]);
    act(() => root.render(inSuspense(createElement(screen.Component, { text: 'x' }))));
    expect(loads).toBe(1);
  });

  it('ask again after a failed load (a chunk missed while offline)', async () => {
    let attempt = 0;
    const screen = preloadable(() => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(countingScreen({ count: 0 }))));
    await expect(screen.preload()).rejects.toThrow('offline');
    await screen.preload();
    act(() => root.render(inSuspense(createElement(screen.Component, { text: 'back' }))));
    expect(host.textContent).toBe('back');
    expect(attempt).toBe(2);
  });

  it('show the error on a visit whose code failed to load, without asking again, and the screen on the next visit', async () => {
    const first = deferred<ComponentType<{ text: string }>>();
    let attempt = 0;
    const screen = preloadable(() => (++attempt === 1 ? first.promise : Promise.resolve(countingScreen({ count: 0 }))));
    const visit = () => {
      void screen.preload().catch(() => {}); // what the app does on every navigation
      act(() => root.render(createElement(Catch, null, inSuspense(createElement(screen.Component, { text: 'gallery' })))));
    };
    visit();
    expect(host.textContent).toBe('loading');
    await act(async () => first.reject(new Error('offline')));
    expect(host.textContent).toBe('failed');
    expect(attempt).toBe(1);
    act(() => root.render(createElement('p', null, 'home')));
    visit();
    await act(async () => {});
    expect(host.textContent).toBe('gallery');
    expect(attempt).toBe(2);
  });
});

/** Stands in for the app's error boundary. */
class Catch extends ReactComponent<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? createElement('b', null, 'failed') : this.props.children;
  }
}

describe('ready: whether a screen can show in the tap that asks for it', () => {
  it('is false until the code has arrived, false again after a failed load, and true once loaded', async () => {
    let attempt = 0;
    const code = deferred<ComponentType<{ text: string }>>();
    const screen = preloadable(() => (++attempt === 1 ? Promise.reject(new Error('offline')) : code.promise));
    expect(screen.ready).toBe(false);
    await expect(screen.preload()).rejects.toThrow('offline');
    expect(screen.ready).toBe(false);
    const loading = screen.preload();
    expect(screen.ready).toBe(false);
    code.resolve(countingScreen({ count: 0 }));
    await loading;
    expect(screen.ready).toBe(true);
  });
});
