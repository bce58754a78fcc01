/** The pages Vinkje's content scripts run on: the SLBdiensten shop (the manifest's host permission too). */
export const SHOP_PAGES = ['https://*.slbdiensten.nl/*'];
