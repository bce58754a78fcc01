// The schema the browser shows to administrators and the keys Vinkje reads must not drift apart.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManagedSettings } from '../../lib/core/managed-settings';

const schema = JSON.parse(fs.readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
  type: string;
  properties: Record<string, { type: string; description: string }>;
};

const EXAMPLES: Record<string, unknown> = {
  campaignDates: { '2027': { opens: '2026-11-11', deadline: '2026-12-11' } },
  language: 'nl',
  reminderLeadDays: [7, 1],
  reminderHour: 8,
  notificationsEnabled: false,
  openWelcomePage: false,
};

describe('managed_schema.json', () => {
  it('describes every key Vinkje reads from storage.managed, each with a description', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const property of Object.values(schema.properties)) expect(property.description.length).toBeGreaterThan(10);
  });

  it('has no key that Vinkje would ignore', () => {
    const { managed, problems } = parseManagedSettings(EXAMPLES);
    expect(problems).toEqual([]);
    expect(Object.keys(managed).sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
