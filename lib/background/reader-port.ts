/**
 * A direct line between Chrome's service worker and the offscreen reader (page-reader.ts): one
 * MessagePort, opened on the first page and kept. runtime.sendMessage goes through the browser's
 * main thread, which is busy with the very navigation whose page is being read: in measurements of
 * page loads it took 10-20 ms on top of the 1-12 ms of reading, where the port takes 1-3 ms. The
 * worker opens the port itself, with a message to the reader's own window client (only the
 * extension's service worker can message the extension's pages), so a shop page cannot reach it.
 */
import type { PageObservation } from '../core/observation';
import { pageSnapshotSchema, type PageSnapshot } from '../messages';

/** What the port's messages carry, to tell them from any other message the reader's window gets. */
const PORT_TARGET = 'vinkje-page-reader-port';

/** The reader's window as the service worker's `clients.matchAll` gives it. */
export interface ReaderClient {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

export interface ReaderPort {
  /** The reader's answer (not yet checked against the observation schema: the caller does). */
  read(snapshot: PageSnapshot): Promise<unknown>;
  /** Gives up the port: its readings still waiting fail, so the caller reads them another way. */
  close(): void;
}

/**
 * How long a reading may take on the port before it counts as lost (the reader document gone
 * without a word: closed by the browser, crashed). Generous: a page at the snapshot's size limit
 * takes seconds to parse on a slow machine. The reading then goes the way of runtime.sendMessage.
 */
export const READER_PORT_TIMEOUT_MS = 15_000;

interface PortRequest {
  target: typeof PORT_TARGET;
  id: number;
  snapshot: PageSnapshot;
}

type PortAnswer = { id: number; observation: PageObservation } | { id: number; error: string };

/** The worker's side: opens a port to the reader's window. */
export function openReaderPort(client: ReaderClient, timeoutMs = READER_PORT_TIMEOUT_MS): ReaderPort {
  const channel = new MessageChannel();
  const port = channel.port1;
  const waiting = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  let nextId = 0;
  let closed = false;
  const settle = (id: number) => {
    const entry = waiting.get(id);
    if (entry) {
      waiting.delete(id);
      clearTimeout(entry.timer);
    }
    return entry;
  };
  port.onmessage = (event: MessageEvent<unknown>) => {
    const answer = event.data as Partial<PortAnswer> | null;
    if (!answer || typeof answer.id !== 'number') return;
    const entry = settle(answer.id);
    if (!entry) return;
    if ('observation' in answer) entry.resolve(answer.observation);
    else entry.reject(new Error(`page reader: ${String((answer as { error?: unknown }).error ?? 'no answer')}`));
  };
  client.postMessage({ target: PORT_TARGET, port: true }, [channel.port2]);
  const close = () => {
    if (closed) return;
    closed = true;
    port.close();
    for (const id of [...waiting.keys()]) settle(id)?.reject(new Error('page reader port closed'));
  };
  return {
    read(snapshot) {
      if (closed) return Promise.reject(new Error('page reader port closed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          settle(id);
          reject(new Error('page reader did not answer on its port'));
        }, timeoutMs);
        waiting.set(id, { resolve, reject, timer });
        port.postMessage({ target: PORT_TARGET, id, snapshot } satisfies PortRequest);
      });
    },
    close,
  };
}

/** A window client of the worker: where it is, and how to message it. */
export type WindowClient = ReaderClient & { url: string };

interface WindowClients {
  matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly WindowClient[]>;
}

/**
 * How the worker finds the reader's window: among its clients (`self.clients`, a service worker's
 * only), by the page's address. Undefined where there are no clients to look in.
 */
export function readerClientFinder(readerUrl: string, scope: object = globalThis): (() => Promise<WindowClient | undefined>) | undefined {
  const clients = (scope as { clients?: WindowClients }).clients;
  if (!clients || typeof clients.matchAll !== 'function') return undefined;
  // An offscreen document is no client the worker controls: uncontrolled ones are asked for too.
  return async () => (await clients.matchAll({ includeUncontrolled: true, type: 'window' })).find((client) => client.url === readerUrl);
}

/** `navigator.serviceWorker` in the reader's window, as far as the port needs it. */
export interface ServiceWorkerContainerLike {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  startMessages?(): void;
}

/**
 * The reader's side: takes a port its own service worker opens (a message from elsewhere has another
 * origin, or is not the worker's) and answers every snapshot on it. A snapshot is held to the same
 * schema as on the runtime's way.
 */
export function answerOnPorts(container: ServiceWorkerContainerLike, ownOrigin: string, read: (snapshot: PageSnapshot) => PageObservation): void {
  container.addEventListener('message', (event) => {
    const data = event.data as { target?: unknown; port?: unknown } | null;
    const port = event.ports[0];
    if (event.origin !== ownOrigin || !port || data?.target !== PORT_TARGET || data.port !== true) return;
    port.onmessage = (request: MessageEvent<unknown>) => {
      const message = request.data as Partial<PortRequest> | null;
      if (!message || message.target !== PORT_TARGET || typeof message.id !== 'number') return;
      const snapshot = pageSnapshotSchema.safeParse(message.snapshot);
      let answer: PortAnswer;
      if (!snapshot.success) answer = { id: message.id, error: 'malformed snapshot' };
      else {
        try {
          answer = { id: message.id, observation: read(snapshot.data) };
        } catch {
          answer = { id: message.id, error: 'reading failed' };
        }
      }
      port.postMessage(answer);
    };
  });
  // Messages from the worker wait until the page says it listens.
  container.startMessages?.();
}
