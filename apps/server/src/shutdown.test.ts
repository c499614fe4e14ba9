import { describe, expect, it } from 'vitest';
import { Shutdown } from './services';

describe('Shutdown', () => {
  it('stops in the reverse order of starting, each step whatever the others do', async () => {
    const stopped: string[] = [];
    const shutdown = new Shutdown();
    shutdown.add(async () => {
      stopped.push('database');
    });
    shutdown.add(async () => {
      stopped.push('queue');
      throw new Error('the queue would not stop');
    });
    shutdown.add(async () => {
      stopped.push('listener');
    });
    await expect(shutdown.run()).rejects.toThrow('some parts did not stop cleanly');
    expect(stopped).toEqual(['listener', 'queue', 'database']);
    // Each step runs once: a second run has nothing left to stop.
    await shutdown.run();
    expect(stopped).toHaveLength(3);
  });
});
