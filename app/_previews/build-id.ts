// The running build's id: part of every preview image's ETag, so a new design (a new build) is never
// answered with "not modified" for an image drawn by the old one.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

let id: string | undefined;

export function buildId(): string {
  if (id === undefined) {
    try {
      id = readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // `next dev` writes no BUILD_ID: the process start stands in for it.
      id = `dev-${Date.now()}`;
    }
  }
  return id;
}
