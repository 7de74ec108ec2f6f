// Vitest global setup: builds dist/ once before any suite, so a fresh clone's `npm test` works.
import { buildAll } from '../scripts/build';

export default async function setup(): Promise<void> {
  await buildAll();
}
