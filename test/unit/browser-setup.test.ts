import { describe, expect, it } from 'vitest';
import { browserSetupPlan } from '../../scripts/browser-setup-plan.mjs';

describe('setting up the browsers the demo and the tests need', () => {
  it('does nothing when both are there', () => {
    expect(browserSetupPlan({ missing: [], isRoot: false, passwordlessSudo: false })).toEqual({ action: 'none' });
  });

  it('installs what is missing from Debian as root', () => {
    expect(browserSetupPlan({ missing: ['chromium', 'firefox-esr'], isRoot: true, passwordlessSudo: false })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'firefox-esr'],
      ],
    });
  });

  it('installs through sudo when that needs no password', () => {
    const plan = browserSetupPlan({ missing: ['firefox-esr'], isRoot: false, passwordlessSudo: true });
    expect(plan).toEqual({ action: 'install', commands: [['sudo', '-n', 'apt-get', 'update'], ['sudo', '-n', 'apt-get', 'install', '-y', 'firefox-esr']] });
  });

  it('otherwise stops with the one command to run', () => {
    expect(browserSetupPlan({ missing: ['chromium'], isRoot: false, passwordlessSudo: false })).toEqual({
      action: 'stop',
      command: 'sudo apt-get update && sudo apt-get install -y chromium',
    });
  });
});
