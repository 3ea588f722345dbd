import '@/components/overlay/overlay.css';
import '@/components/shared/page.css';
import { mountPopup } from '@/components/popup/mount-popup';

mountPopup(document.getElementById('root')!);
