import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { en } from '../components/strings-en';
import { offerEnglishStrings } from '../lib/content/english-texts-script';

// Run by the background in a shop frame when the sidebar is shown in English (lib/content/english-texts-script.ts).
export default defineUnlistedScript(() => {
  offerEnglishStrings(en);
});
