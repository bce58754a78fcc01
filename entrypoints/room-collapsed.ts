import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCollapsed } from '../lib/content/mount';

// Registered by the background at document start while the panel is kept collapsed (lib/background/collapsed-start.ts).
export default defineUnlistedScript(() => {
  startCollapsed();
});
