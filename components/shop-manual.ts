/**
 * Where the shop publishes its Microsoft registration and the step-by-step manual (stappenplan). The
 * real address of the manual itself is not known; this is the shop's Microsoft page, which links it.
 */
export const SHOP_MANUAL_URL = 'https://www.slbdiensten.nl/microsoft/';
