import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://*.slbdiensten.nl/*'],
  main() {},
});
