/** `retold serve`: the web dossier and JSON API. */
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { openSqliteStore } from '../store/index.js';
import { serve } from '../server/index.js';
import { UsageError } from './errors.js';

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port number 0–65535, found "${value}"`);
  return n;
}

/** Registers `serve` on the program. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('browse stories, quotes, variants, copies and timelines in a web browser')
    .option('--db <file>', 'SQLite store to read', 'retold.db')
    .option('--port <n>', 'port to listen on (0 = any free port)', parsePort, 8080)
    .option('--host <address>', 'address to bind; the default keeps it private to this machine', '127.0.0.1')
    .addHelpText(
      'after',
      `
Pages: /  (stories), /stories/:id (dossier), /articles/:id, /search?q=
API:   /api/stories, /api/stories/:id, /api/quotes?speaker=&story=, /api/articles/:id, /api/search?q=

Example:
  $ retold analyze samples/corpus && retold serve --port 8080`,
    )
    .action(async (opts: { db: string; port: number; host: string }) => {
      if (!existsSync(opts.db)) throw new UsageError(`retold serve: cannot read ${opts.db}: no such store (run \`retold analyze\` first)`);
      const store = openSqliteStore(opts.db, { readonly: true, upgrade: true });
      const server = await serve({ store, port: opts.port, host: opts.host });
      console.log(`retold: serving ${opts.db} at ${server.url} (Ctrl-C to stop)`);
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
