import { SHOP_MANUAL_URL } from './shop-manual';
import type { Language } from '../lib/core/view';
import { strings } from './strings';

export const SERVICE_DESK = { phone: '020-420 1396', phoneHref: 'tel:+31204201396', email: 'servicedesk@slbdiensten.nl' } as const;

/**
 * Who to ask and who Vinkje is: the version, the shop's manual, the service desk, and that Vinkje
 * is not the shop's own product (a person should not mistake it for SLBdiensten speaking).
 */
export function HelpAndTrust({ language, version }: { language: Language; version: string }) {
  const t = strings(language).help;
  return (
    <section class="help" aria-labelledby="vinkje-help" data-testid="vinkje-help">
      <h2 id="vinkje-help">{t.title}</h2>
      <p>
        <a href={SHOP_MANUAL_URL} target="_blank" rel="noopener noreferrer">
          {t.manual}
        </a>
      </p>
      <p>
        {t.serviceDesk} <a href={SERVICE_DESK.phoneHref}>{SERVICE_DESK.phone}</a>, <a href={`mailto:${SERVICE_DESK.email}`}>{SERVICE_DESK.email}</a>
      </p>
      <p data-testid="vinkje-independent">{t.independent}</p>
      {version ? <p data-testid="vinkje-version">{t.version(version)}</p> : null}
    </section>
  );
}
