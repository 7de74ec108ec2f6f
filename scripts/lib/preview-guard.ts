// Request checks of the local preview server: only this machine's own pages may change its
// state (Host on loopback, same-origin POSTs) and request bodies are bounded.
import type { IncomingMessage } from 'node:http';

/** The largest request body the preview reads (a pasted plan is far smaller). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Why a request is refused: an HTTP status and a short reason. */
export interface Refusal {
  status: number;
  reason: string;
}

/** Host names the server answers to; anything else (a DNS-rebinding name) is refused. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];

/** The origins this server's own pages have, for a given port. */
export function ownOrigins(port: number): string[] {
  return LOOPBACK_HOSTS.map((host) => `http://${host}:${port}`);
}

/**
 * Refuses a request whose Host is not 127.0.0.1 or localhost on the server's port, and a
 * state-changing (POST) request that a browser marks as coming from another site: its Origin
 * must be one of ours and Sec-Fetch-Site, when sent, 'same-origin'. A POST with neither header
 * comes from a program on this machine (tests, curl), never from a web page: browsers send
 * Origin with every POST.
 */
export function refuseRequest(request: IncomingMessage, port: number): Refusal | null {
  const host = String(request.headers.host ?? '').toLowerCase();
  if (!LOOPBACK_HOSTS.some((name) => host === `${name}:${port}`)) return { status: 421, reason: 'Host not allowed' };
  if (request.method !== 'POST') return null;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin !== undefined && !ownOrigins(port).includes(String(origin).toLowerCase()))
    return { status: 403, reason: 'Cross-origin request refused' };
  if (site !== undefined && site !== 'same-origin') return { status: 403, reason: 'Cross-site request refused' };
  return null;
}

/** Thrown by readBody when the body passes the limit. */
export class BodyTooLarge extends Error {
  constructor() {
    super(`Request body over ${MAX_BODY_BYTES} bytes`);
  }
}

/** Reads a request body up to `limit` bytes; stops reading and rejects with BodyTooLarge past it. */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
