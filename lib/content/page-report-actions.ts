/**
 * The page report's copy and save, on the device: the clipboard or a file the browser downloads.
 * Nothing here sends anything anywhere.
 */
import type { PageReportActions } from '../../components/PageReport';
import type { ContentMessage } from '../messages';
import { runtime } from './extension-api';
import { pageReportBuilder, type BuildPageReport } from './page-report-script';

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

/** The report's builder, asking the background to add page-report.js to this frame the first time. */
async function loadBuilder(): Promise<BuildPageReport> {
  const present = pageReportBuilder();
  if (present) return present;
  const answer = (await runtime()?.sendMessage({ type: 'load-page-report' } satisfies ContentMessage)) as { ok?: boolean; error?: string } | undefined;
  const loaded = pageReportBuilder();
  if (!loaded) throw new Error(`page report not loaded: ${answer?.error ?? 'no answer'}`);
  return loaded;
}

export function pageReportActions(doc: Document, isOwnNode: (node: Node) => boolean): PageReportActions {
  return {
    build: async () => (await loadBuilder())({ doc, url: doc.location?.href ?? '', version: extensionVersion(), now: Date.now(), isOwnNode }),
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
