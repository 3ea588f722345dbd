import '@/components/overlay/overlay.css';
import '@/components/shared/page.css';
import { createRoot } from 'react-dom/client';
import { OptionsApp, tabFromHash } from '@/components/options/options-app';
import { extensionDeps } from '@/components/options/options-deps';

createRoot(document.getElementById('root')!).render(<OptionsApp deps={extensionDeps()} initialTab={tabFromHash(location.hash)} />);
