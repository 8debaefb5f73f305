// Dexie needs IndexedDB, which happy-dom lacks: load the in-memory one before anything imports Dexie.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setUiLocale } from '../support/ui-locale';

// An English browser unless a test says otherwise (setUiLocale('fr')).
beforeEach(() => setUiLocale('en'));
afterEach(() => cleanup());
