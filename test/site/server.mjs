#!/usr/bin/env node
// @ts-check
/**
 * Runs the simulated SLBdiensten shop:
 *   node test/site/server.mjs --port 8765 --scenario demo [--single-user] [--deadline 2026-12-11]
 *     [--licence-year 2027] [--auto-complete-ms 60000] [--host 127.0.0.1]
 *     [--rendition classic|header-only|silent|spa|plain-lists]
 */
import { parseArgs } from 'node:util';
import { startShop } from './app.mjs';
import { RENDITIONS, isRendition } from './pages/rendition.mjs';
import { ACCOUNTS, PASSWORD, SCENARIOS, isScenarioName } from './scenarios.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'demo' },
    'single-user': { type: 'boolean', default: false },
    deadline: { type: 'string' },
    'licence-year': { type: 'string' },
    'auto-complete-ms': { type: 'string' },
    rendition: { type: 'string', default: 'classic' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('node test/site/server.mjs [--port 8765] [--host 127.0.0.1] [--scenario demo|fresh|open-order|adobe-order|several-open|big-pages] [--single-user] [--deadline YYYY-MM-DD] [--licence-year YYYY] [--auto-complete-ms N] [--rendition classic|header-only|silent|spa|plain-lists]');
  process.exit(0);
}

const scenario = values.scenario;
if (!isScenarioName(scenario)) {
  console.error(`Unknown scenario "${scenario}". Choose one of: ${SCENARIOS.join(', ')}`);
  process.exit(2);
}

const rendition = values.rendition;
if (!isRendition(rendition)) {
  console.error(`Unknown rendition "${rendition}". Choose one of: ${RENDITIONS.join(', ')}`);
  process.exit(2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port}`);
  process.exit(2);
}

try {
  const shop = await startShop({
    port,
    host: values.host,
    scenario,
    singleUser: values['single-user'],
    rendition,
    ...(values.deadline ? { deadline: values.deadline } : {}),
    ...(values['licence-year'] ? { licenceYear: Number(values['licence-year']) } : {}),
    ...(values['auto-complete-ms'] ? { autoCompleteMs: Number(values['auto-complete-ms']) } : {}),
  });
  const { campaign } = shop.shop.state;
  console.log(`SLBdiensten (simulated) on ${shop.url}/login/?redirect=%2Faccount%2F`);
  console.log(`Scenario ${scenario}; licence year ${campaign.licenceYear}, deadline ${campaign.deadline}${values['single-user'] ? '; single-user' : ''}${rendition === 'classic' ? '' : `; rendition ${rendition}`}`);
  console.log('Accounts (password for all: ' + PASSWORD + '):');
  for (const account of ACCOUNTS) console.log(`  ${account.email}  ${account.name}, ${account.role}`);
  const stop = () => void shop.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
