// Installs fake-indexeddb as the global IndexedDB, for the Node run of claims.bench.ts.
import 'fake-indexeddb/auto';
