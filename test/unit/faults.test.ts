import { describe, expect, it, vi } from 'vitest';
import { FaultReporter, LOG_PREFIX } from '../../src/faults';

describe('FaultReporter', () => {
  it('logs each kind of error once, with the prefix', () => {
    const log = vi.fn();
    const faults = new FaultReporter(log);
    const boom = faults.guard('scan', () => {
      throw new Error('boom');
    });
    for (let i = 0; i < 100; i++) boom();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(new RegExp(`^\\${LOG_PREFIX} scan failed`));
  });

  it('stops logging after a few distinct errors: never a storm', () => {
    const log = vi.fn();
    const faults = new FaultReporter(log, 3);
    for (let i = 0; i < 50; i++) faults.report('hover', new Error(`error ${i}`));
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('lets the guarded callback run and keeps its arguments', () => {
    const faults = new FaultReporter(vi.fn());
    const seen: number[] = [];
    faults.guard('add', (a: number, b: number) => seen.push(a + b))(2, 3);
    expect(seen).toEqual([5]);
  });
});
