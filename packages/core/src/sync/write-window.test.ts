import { describe, expect, it } from 'vitest';
import { WriteWindow } from './write-window';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteWindow', () => {
  it('keeps at most its size in flight and starts the next as soon as one finishes', async () => {
    const window = new WriteWindow(2);
    const writes = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const adds = writes.map((w, i) =>
      window.add(
        async () => {
          started.push(i);
          await w.promise;
        },
        { ordered: false },
      ),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    writes[1]?.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    writes[0]?.resolve();
    writes[2]?.resolve();
    await Promise.all(adds);
    await window.drain();
  });

  it('runs an ordered write after every earlier one, and waits for it', async () => {
    const window = new WriteWindow(3);
    const order: string[] = [];
    const slow = deferred();
    await window.add(
      async () => {
        await slow.promise;
        order.push('slow');
      },
      { ordered: false },
    );
    const ordered = window.add(
      async () => {
        order.push('ordered');
      },
      { ordered: true },
    );
    await tick();
    expect(order).toEqual([]);
    slow.resolve();
    await ordered;
    expect(order).toEqual(['slow', 'ordered']);
  });

  it('throws the first failure to the next add and to drain', async () => {
    const window = new WriteWindow(2);
    const failing = deferred();
    await window.add(() => failing.promise, { ordered: false });
    failing.reject(new Error('first'));
    await tick();
    await expect(window.add(async () => undefined, { ordered: false })).rejects.toThrow('first');
    await expect(window.drain()).rejects.toThrow('first');
  });
});
