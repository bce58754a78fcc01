import type { Language } from '../../lib/core/view';
import { SHOP_LOGIN_URL } from '../popup/popup-strings';
import { WELCOME_STRINGS } from './welcome-strings';

export interface WelcomeProps {
  language: Language;
  /** Which browser's pinning steps come first (the other browsers' follow, for a colleague). */
  browser: 'chrome' | 'firefox';
}

function PinSteps({ name, steps }: { name: string; steps: string[] }) {
  return (
    <div class="pin" data-browser={name.toLowerCase()}>
      <h3>{name}</h3>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

/** The page that opens once, when Vinkje is installed: what it is, how to pin it, where to start. */
export function Welcome({ language, browser }: WelcomeProps) {
  const t = WELCOME_STRINGS[language];
  const pins = browser === 'firefox' ? [t.pinFirefox, t.pinChrome, t.pinEdge] : [t.pinChrome, t.pinEdge, t.pinFirefox];
  return (
    <main class="welcome" data-testid="vinkje-welcome-page" data-language={language}>
      <h1>
        <span aria-hidden="true">✓ </span>
        {t.title}
      </h1>
      <p class="intro">{t.intro}</p>
      <p>
        <a class="button" href={SHOP_LOGIN_URL} data-testid="vinkje-welcome-login">
          {t.login}
        </a>
      </p>
      <p class="hint">{t.loginHint}</p>
      <div class="columns">
        <section aria-labelledby="welcome-does">
          <h2 id="welcome-does">{t.doesTitle}</h2>
          <ul>
            {t.does.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="welcome-does-not">
          <h2 id="welcome-does-not">{t.doesNotTitle}</h2>
          <ul>
            {t.doesNot.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t.pinTitle}</h2>
        <p>{t.pinIntro}</p>
        {pins.map((pin) => (
          <PinSteps key={pin.name} {...pin} />
        ))}
      </section>
      <section aria-labelledby="welcome-privacy" class="privacy">
        <h2 id="welcome-privacy">{t.privacyTitle}</h2>
        <p>{t.privacy}</p>
      </section>
    </main>
  );
}
