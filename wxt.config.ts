import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './utils/sites/matches';

// Host permissions cover the marketplaces only; subscribed pack URLs are asked for at subscribe time.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  manifest: {
    name: 'Tact — marketplace reply assistant',
    description:
      'Culture tips, dispute playbooks and reply templates beside Amazon Seller Central and AliExpress buyer chats.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: MARKETPLACE_MATCHES,
  },
});
