import type { TraceDetail } from '../../engine/trace/flatten';
import type { TraceReply } from './traceProtocol';

export interface TraceJob {
  result: Promise<TraceReply>;
  /** Stops the worker: the adult chose another photo or left. */
  cancel(): void;
}

/** Traces a photo or drawing in its own worker (one per job, ended as soon as it answers). */
export function tracePicture(file: Blob, detail: TraceDetail): TraceJob {
  const worker = new Worker(new URL('./traceWorker.ts', import.meta.url), { type: 'module' });
  let settle: (reply: TraceReply) => void = () => {};
  const result = new Promise<TraceReply>((resolve) => {
    settle = (reply) => {
      worker.terminate();
      resolve(reply);
    };
  });
  worker.onmessage = (event: MessageEvent<TraceReply>) => settle(event.data);
  worker.onerror = (event) => settle({ ok: false, problem: 'failed', detail: event.message || 'the tracer stopped' });
  worker.postMessage({ file, detail });
  return { result, cancel: () => settle({ ok: false, problem: 'failed', detail: 'cancelled' }) };
}
