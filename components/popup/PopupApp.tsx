import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Overview } from '../../lib/messages';
import { askBackground } from './page-client';
import { Popup } from './Popup';
import type { InstitutionChoice } from './TakingPart';

/** One day: Firefox notifications have no buttons, so snoozing lives here. */
const SNOOZE_HOURS = 24;

/** Fetches the overview and carries out what the popup's buttons ask. */
export function PopupApp() {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [unavailable, setUnavailable] = useState(false);

  const load = useCallback(async () => {
    try {
      setOverview(await askBackground({ type: 'overview' }));
      setUnavailable(false);
    } catch {
      setUnavailable(true);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.documentElement.lang = overview?.language ?? 'nl';
  }, [overview?.language]);

  // The browser closes the popup itself once the new tab takes the focus.
  const open = (url: string) => browser.tabs.create({ url });

  const snooze = async () => {
    try {
      await askBackground({ type: 'snooze', hours: SNOOZE_HOURS });
      await load();
    } catch {
      setUnavailable(true);
    }
  };

  const dismissNotice = async (id: string) => {
    try {
      setOverview(await askBackground({ type: 'dismiss-notice', id: id }));
    } catch {
      setUnavailable(true);
    }
  };

  const chooseDeadline = async (pageDate: string, keep: 'page' | 'user') => {
    try {
      setOverview(await askBackground({ type: 'choose-deadline', pageDate, keep }));
    } catch {
      setUnavailable(true);
    }
  };

  const chooseForInstitution = async (action: InstitutionChoice) => {
    try {
      setOverview(await askBackground({ type: 'institution-action', action }));
    } catch {
      setUnavailable(true);
    }
  };

  return (
    <Popup
      overview={overview}
      unavailable={unavailable}
      onOpen={(url) => void open(url)}
      onSnooze={() => void snooze()}
      onDismissNotice={(id) => void dismissNotice(id)}
      onChooseDeadline={(pageDate, keep) => void chooseDeadline(pageDate, keep)}
      onInstitutionChoice={(choice) => void chooseForInstitution(choice)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onRetry={() => void load()}
      version={browser.runtime.getManifest().version}
    />
  );
}
