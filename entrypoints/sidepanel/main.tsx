import '@/components/overlay/overlay.css';
import '@/components/shared/page.css';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/browser/sidepanel-app';
import { createExtensionClient } from '@/components/shared/knowledge-client';

createRoot(document.getElementById('root')!).render(<SidePanelApp client={createExtensionClient()} />);
