import { createElement, lazy, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  Component: ComponentType<P>;
  /**
   * Starts loading the code; resolves once the component can render without suspending. Call it
   * before each visit: after a failed load it is what lets the next visit try again.
   */
  preload(): Promise<void>;
  /** The code is here: the component renders without suspending. */
  readonly ready: boolean;
}

/**
 * A screen whose code loads on demand, but which renders at once when it was preloaded.
 * React.lazy alone suspends on the first render even when the module is already here (its own
 * promise is still pending), and React then holds the fallback for ~300 ms before revealing the
 * screen: a child would wait a third of a second after every first tap.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  let failed = false;
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        failed = true;
        throw error;
      },
    ));
  const makeLazy = () => lazy(() => fetchOnce().then((component) => ({ default: component })));
  // A failed Lazy stays failed for the rest of that visit (the error screen shows, no retry loop).
  let Lazy = makeLazy();
  // A mount that suspended on Lazy is never committed: React renders it again once the code is
  // here, and that render already names the loaded type.
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  Component.displayName = 'Preloadable';
  const preload = () => {
    if (failed) {
      // A chunk missed while offline is asked for again on the next visit.
      failed = false;
      Lazy = makeLazy();
    }
    return fetchOnce().then(() => undefined);
  };
  return {
    Component,
    preload,
    get ready() {
      return loaded !== null;
    },
  };
}
