/**
 * Marketplace order ids as pages and messages show them. Sticky-free and global-free: `.test` and `.match`
 * give the same answer on every call; a caller that wants every occurrence makes its own global copy
 * (`new RegExp(AMAZON_ORDER_ID, 'g')`).
 */

/** Amazon order ids: 123-1234567-1234567. */
export const AMAZON_ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

/** AliExpress order ids are 15-16 digit numbers. */
export const ALIEXPRESS_ORDER_ID = /\b\d{15,16}\b/;
