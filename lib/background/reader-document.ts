/**
 * The offscreen reader's side (entrypoints/reader/): answers the background's read requests and
 * nothing else. Every message to the extension reaches this document too (a shop tab's, the popup's);
 * only a request from the extension itself, outside any tab, is read, so a page cannot use the reader.
 * The worker's port (reader-port.ts) carries the same requests faster.
 */
import { pageSnapshotSchema, type PageSnapshot } from '../messages';
import { readSnapshot } from '../site/snapshot';
import { READER_TARGET } from './page-reader';
import { answerOnPorts, type ServiceWorkerContainerLike } from './reader-port';
import type { SenderLike } from './sender';

interface RuntimeLike {
  id: string;
  getURL(path: ''): string;
  onMessage: { addListener(listener: (message: unknown, sender: SenderLike) => Promise<unknown> | undefined): void };
}

export function listenAsPageReader(
  runtime: RuntimeLike,
  parser: { parseFromString(html: string, type: 'text/html'): Document },
  serviceWorker?: ServiceWorkerContainerLike,
): void {
  const origin = runtime.getURL('').replace(/\/$/, '');
  const read = (snapshot: PageSnapshot) => readSnapshot(snapshot, (html) => parser.parseFromString(html, 'text/html'));
  // The worker's own port, the faster way (reader-port.ts); the runtime's messages stay for a worker
  // that cannot open one.
  if (serviceWorker) answerOnPorts(serviceWorker, origin, read);
  runtime.onMessage.addListener((message, sender) => {
    if (message === null || typeof message !== 'object' || (message as { target?: unknown }).target !== READER_TARGET) return undefined;
    if (sender.id !== runtime.id || sender.tab || !(sender.url ?? '').startsWith(origin + '/')) return undefined;
    const snapshot = pageSnapshotSchema.safeParse((message as { snapshot?: unknown }).snapshot);
    if (!snapshot.success) return Promise.reject(new Error('malformed snapshot'));
    return Promise.resolve(read(snapshot.data));
  });
}
