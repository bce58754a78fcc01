import type { Language } from '../../lib/core/view';
import type { ManagedField } from '../../lib/core/managed-settings';

const TEXT: Record<Language, string> = { nl: 'Ingesteld door uw organisatie', en: 'Set by your organisation' };

/** Next to a control the organisation fixed by policy: why it cannot be changed here. */
export function ManagedNote({ language, field }: { language: Language; field: ManagedField }) {
  return (
    <p class="managed" data-testid="vinkje-managed" data-field={field}>
      {TEXT[language]}
    </p>
  );
}
