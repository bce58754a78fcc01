import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, type Mounted } from './popup/test-support/dom';
import { HelpAndTrust } from './HelpAndTrust';
import { Popup } from './popup/Popup';
import { Options } from './options/Options';

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

function links(m: Mounted): string[] {
  return m.all('[data-testid="vinkje-help"] a').map((a) => a.getAttribute('href') ?? '');
}

describe('help and trust', () => {
  it('the popup shows the version, the manual, the service desk and that Vinkje is not SLBdiensten', () => {
    mounted = mount(<Popup overview={null} unavailable={false} onOpen={vi.fn()} onSnooze={vi.fn()} onOpenOptions={vi.fn()} onRetry={vi.fn()} version="1.4.2" />);
    const help = mounted.one('[data-testid="vinkje-help"]');
    expect(mounted.one('[data-testid="vinkje-version"]').textContent).toBe('Vinkje versie 1.4.2');
    expect(help.textContent).toContain('020-420 1396');
    expect(help.textContent).toContain('servicedesk@slbdiensten.nl');
    expect(mounted.one('[data-testid="vinkje-independent"]').textContent).toBe('Vinkje is een onafhankelijk hulpmiddel en geen product van SLBdiensten.');
    expect(links(mounted)).toEqual(['https://www.slbdiensten.nl/microsoft/', 'tel:+31204201396', 'mailto:servicedesk@slbdiensten.nl']);
  });

  it('the options page shows the same, also while its settings are still loading', () => {
    const noop = vi.fn();
    mounted = mount(
      <Options settings={null} summary={null} diagnostics={null} unavailable={false} onSave={noop} onExport={noop} onPreviewImport={noop} onImport={noop} onReset={noop} onPrint={noop} onRetry={noop} version="1.4.2" />,
    );
    expect(mounted.one('[data-testid="vinkje-version"]').textContent).toBe('Vinkje versie 1.4.2');
    expect(mounted.one('[data-testid="vinkje-help"]').textContent).toContain('020-420 1396');
  });

  it('speaks English when the person chose English', () => {
    mounted = mount(<HelpAndTrust language="en" version="1.4.2" />);
    expect(mounted.one('[data-testid="vinkje-version"]').textContent).toBe('Vinkje version 1.4.2');
    expect(mounted.one('[data-testid="vinkje-independent"]').textContent).toBe('Vinkje is an independent helper, not a product of SLBdiensten.');
    expect(mounted.one('[data-testid="vinkje-help"]').textContent).toContain('The SLBdiensten service desk');
  });
});
