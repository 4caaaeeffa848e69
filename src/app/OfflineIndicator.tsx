import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

/** Says so when the device is offline (the app keeps working from its cache). */
export function OfflineIndicator() {
  const t = useT();
  // Starts "online" like the prerendered HTML; the real state is read after hydration.
  const [online, setOnline] = useState(true);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);

  return (
    <div role="status" class="notice-region" data-offline={online ? undefined : ''}>
      {online ? null : <p class="notice notice--offline">{t('offline.message')}</p>}
    </div>
  );
}
