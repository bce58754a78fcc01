import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('write queue', () => {
  it('runs one job at a time, in the order they arrived', async () => {
    const queue = createWriteQueue();
    const events: string[] = [];
    const job = (name: string) => async () => {
      events.push(`${name} starts`);
      await tick();
      events.push(`${name} ends`);
      return name;
    };
    expect(await Promise.all([queue.run(job('a')), queue.run(job('b'))])).toEqual(['a', 'b']);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('a failing job fails its own caller only; the next job still runs', async () => {
    const queue = createWriteQueue();
    const failed = queue.run(async () => {
      throw new Error('disk full');
    });
    const next = queue.run(async () => 'written');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('written');
  });
});
