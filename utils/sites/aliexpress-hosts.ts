/** AliExpress seller messaging lives on these hosts (gsp im-chat, the legacy list, message center). */
export const ALIEXPRESS_HOSTS = ['gsp.aliexpress.com', 'msg.aliexpress.com', 'message.aliexpress.com'];
