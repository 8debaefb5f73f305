// Dexie needs IndexedDB, which happy-dom lacks: load the in-memory one before anything imports Dexie.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
