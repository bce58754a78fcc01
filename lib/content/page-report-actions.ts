/**
 * The page report's copy and save, on the device: the clipboard or a file the browser downloads.
 * Nothing here sends anything anywhere.
 */
import { buildPageReport } from '../site/page-report/build-report';
import type { PageReportActions } from '../../components/PageReport';

interface ManifestRuntime {
  getManifest?: () => { version?: string };
}

function extensionVersion(): string {
  const g = globalThis as { browser?: { runtime?: ManifestRuntime }; chrome?: { runtime?: ManifestRuntime } };
  try {
    return (g.browser?.runtime ?? g.chrome?.runtime)?.getManifest?.().version ?? 'onbekend / unknown';
  } catch {
    return 'onbekend / unknown';
  }
}

export function pageReportActions(doc: Document, isOwnNode: (node: Node) => boolean): PageReportActions {
  return {
    build: () => buildPageReport({ doc, url: doc.location?.href ?? '', version: extensionVersion(), now: Date.now(), isOwnNode }),
    copy: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    save: (text) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = `vinkje-paginarapport-${new Date().toISOString().slice(0, 10)}.txt`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
