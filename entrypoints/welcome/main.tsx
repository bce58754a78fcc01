import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readManagedSettings } from '../../lib/background/managed-settings';
import { Welcome } from '../../components/welcome/Welcome';
import { WELCOME_STRINGS, welcomeLanguage } from '../../components/welcome/welcome-strings';
import '../../components/welcome/welcome.css';

// The welcome page speaks the browser's language (nothing is stored yet to say otherwise), unless
// the organisation set Vinkje's language by policy.
async function main() {
  const { managed } = await readManagedSettings(browser.storage.managed);
  const language = managed.language ?? welcomeLanguage(browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  document.title = WELCOME_STRINGS[language].title;
  const root = document.getElementById('app');
  if (root) render(<Welcome language={language} browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} />, root);
}
void main();
