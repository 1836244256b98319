import { vi } from 'vitest';

/** A service worker whose state the test moves on, as the browser would; it keeps the messages it was sent. */
export class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** A registration: the active worker, one waiting behind it, one installing; `update` asks the server. */
export class FakeRegistration extends EventTarget {
  active: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
  /** The browser found an update: a new worker starts installing. */
  findUpdate(): FakeWorker {
    const worker = new FakeWorker('installing');
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    return worker;
  }
  /** The installing worker finished installing and waits behind the active one. */
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
  }
}

/** A registration that already runs the app: an activated worker, nothing new yet. */
export function runningRegistration(): FakeRegistration {
  const registration = new FakeRegistration();
  registration.active = new FakeWorker('activated');
  return registration;
}
