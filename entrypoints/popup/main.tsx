import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserEnv } from './env';
import { createPopupStore } from './store';
import './style.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App env={browserEnv()} store={createPopupStore()} />
    </StrictMode>,
  );
