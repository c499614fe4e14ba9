import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

// Test support only (not exported from the package): a feed server on 127.0.0.1 that records
// what it was asked and which of its sockets are still open.

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Sets what the server does; routes by pathname. */
  route(path: string, handler: Handler): void;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  openSockets(): number;
  /** Resolves once every socket the server accepted has closed; rejects after `ms`. */
  socketsClosed(ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const sockets = new Set<Socket>();
  const requests: TestServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push({ path, headers: request.headers });
    const handler = routes.get(path);
    if (handler) {
      handler(request, response);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => routes.set(path, handler),
    requests,
    openSockets: () => sockets.size,
    socketsClosed: async (ms = 2000) => {
      const deadline = Date.now() + ms;
      while (sockets.size > 0) {
        if (Date.now() > deadline) {
          throw new Error(`${sockets.size} socket(s) still open after ${ms} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A fixture's bytes, from ./fixtures beside this file. */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}
