// A reduced fault sweep (npm run faults does every fault point): for each write operation,
// about a dozen of its service calls are failed in turn, spread over the run and ending with
// the commit's flush; each failed run must leave the workbook, properties and documents as
// before, and say so.
import { describe, expect, it } from 'vitest';
import { OPERATIONS, sweep } from '../../scripts/harness/faults';

describe('all or nothing under injected service failures', () => {
  for (const operation of OPERATIONS) {
    it(`${operation.name} leaves nothing half-written`, () => {
      const result = sweep(operation, 1, 12);
      expect(result.faultPoints).toBeGreaterThan(0);
      expect(result.examples).toEqual([]);
      expect(result.leftPartial).toBe(0);
    }, 120_000);
  }
});
