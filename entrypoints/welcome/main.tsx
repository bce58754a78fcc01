import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome';
import { WELCOME_STRINGS, welcomeLanguage } from '../../components/welcome/welcome-strings';
import '../../components/welcome/welcome.css';

// The welcome page speaks the browser's language: nothing is stored yet to say otherwise.
const language = welcomeLanguage(browser.i18n.getUILanguage());
document.documentElement.lang = language;
document.title = WELCOME_STRINGS[language].title;
const root = document.getElementById('app');
if (root) render(<Welcome language={language} browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} />, root);
