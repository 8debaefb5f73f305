import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLang } from '@/components/ui-lang';
import { storageSettings } from '@/components/useSettings';
import { TallyDB } from '@/lib/db/schema';
import { revokeSite } from '@/lib/sites-runtime';
import { OptionsApp, type OptionsEnv } from './OptionsApp';
import './style.css';

/** Saves text as a file through a temporary link (no downloads permission needed). */
function download(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Firefox needs the address a moment longer than the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const env: OptionsEnv = {
  lang: uiLang(),
  db: new TallyDB(),
  settings: storageSettings,
  revokeSite: (hostname, settings) => revokeSite(hostname, settings),
  download,
  now: () => new Date(),
};

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <OptionsApp env={env} />
    </StrictMode>,
  );
