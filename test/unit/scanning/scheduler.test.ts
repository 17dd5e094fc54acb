import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SliceScheduler, type Job } from '../../../src/scanning/scheduler';

describe('SliceScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops a job that throws, reports it, and runs the others', () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    const idle = vi.fn();
    const scheduler = new SliceScheduler(
      8,
      () => 0,
      idle,
      (e) => errors.push(e),
    );
    const failing: Job = () => {
      ran.push('failing');
      throw new Error('boom');
    };
    scheduler.push(() => (ran.push('first'), true));
    scheduler.push(failing);
    scheduler.push(() => (ran.push('last'), true));
    vi.runAllTimers();
    expect(ran).toEqual(['first', 'failing', 'last']);
    expect(errors).toEqual([new Error('boom')]);
    expect(idle).toHaveBeenCalledTimes(1);
    expect(scheduler.busy).toBe(false);
  });

  it('gives the longest slice and all slices together since it was last asked', () => {
    let now = 0;
    const spent = [10, 3, 5];
    const scheduler = new SliceScheduler(8, () => now);
    scheduler.push(() => {
      now += spent.shift() ?? 0;
      return spent.length === 0;
    });
    vi.runAllTimers();
    expect(scheduler.takeSlices()).toEqual({ longestSliceMs: 10, workMs: 18 });
    expect(scheduler.takeSlices()).toEqual({ longestSliceMs: 0, workMs: 0 });
  });

  it('reports an error of the idle callback instead of throwing it into the page', () => {
    const errors: unknown[] = [];
    const scheduler = new SliceScheduler(
      8,
      () => 0,
      () => {
        throw new Error('idle');
      },
      (e) => errors.push(e),
    );
    scheduler.push(() => true);
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(errors).toEqual([new Error('idle')]);
  });

  it('resumes an unfinished job in the next slice, and stops for good', () => {
    let now = 0;
    let steps = 0;
    const idle = vi.fn();
    const scheduler = new SliceScheduler(8, () => now, idle);
    scheduler.push((expired) => {
      steps++;
      now += 10;
      return expired() && steps >= 3;
    });
    vi.advanceTimersToNextTimer();
    expect(steps).toBe(1);
    vi.runAllTimers();
    expect(steps).toBe(3);
    expect(idle).toHaveBeenCalledTimes(1);
    scheduler.stop();
    scheduler.push(() => true);
    vi.runAllTimers();
    expect(idle).toHaveBeenCalledTimes(1);
  });
});
