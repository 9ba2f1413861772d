/**
 * Runs the web app on Node's HTTP server.
 */
import { serve as serveNode } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

/** Options of `serve`. */
export interface ServeOptions {
  store: Store;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind, e.g. `127.0.0.1`. */
  host: string;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:4310`. */
  url: string;
  /** Stops accepting connections and resolves when the server is closed (the store stays open). */
  close(): Promise<void>;
}

/**
 * Starts the server and resolves once it listens.
 *
 * @example
 *   const server = await serve({ store, port: 4310, host: '127.0.0.1' });
 *   console.log(`Retold at ${server.url}`);
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new TypeError(`retold server: expected a port 0..65535, found ${String(options.port)}`);
  }
  const app = createApp(options.store);
  // HEAD is GET without the body. Hono answers HEAD by copying the GET response, but a
  // response from @hono/node-server's lightweight class comes out of that copy with only
  // its content type, losing the security headers; so HEAD is answered here instead.
  const fetch = async (request: Request): Promise<Response> => {
    if (request.method !== 'HEAD') return app.fetch(request);
    const res = await app.fetch(new Request(request.url, { method: 'GET', headers: request.headers }));
    return new Response(null, { status: res.status, headers: new Headers(res.headers) });
  };
  return new Promise((resolve, reject) => {
    const server = serveNode({ fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
