import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../lib/background/start';
import { openStore } from '../../lib/store/db';

export default defineBackground({
  type: 'module',
  main() {
    startBackground({ browser, openStore: () => openStore(), now: () => Date.now() });
  },
});
