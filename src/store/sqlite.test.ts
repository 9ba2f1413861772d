import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { runStoreConformance } from './conformance.js';
import { openSqliteStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'retold-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreConformance('sqlite file', () => openSqliteStore(join(dir, `store-${++n}.db`)));
runStoreConformance('sqlite :memory:', () => openSqliteStore(':memory:'));
