/**
 * Writes in flight, at most `size` at once: a write that finishes makes room for the next at
 * once (a window, not rounds), so the database is not left idle while one slow write finishes.
 * The first failure is kept and thrown to whoever adds or drains next.
 */
export class WriteWindow {
  private readonly size: number;
  private readonly pending = new Set<Promise<void>>();
  private failure: { reason: unknown } | undefined;

  constructor(size: number) {
    this.size = Math.max(1, size);
  }

  /**
   * Starts `write` once there is room. An ordered write (one that must not run ahead of any
   * before it) first waits for every write in flight, and is itself waited for.
   */
  async add(write: () => Promise<void>, options: { ordered: boolean }): Promise<void> {
    if (options.ordered) {
      await this.drain();
    }
    while (this.pending.size >= this.size) {
      await Promise.race(this.pending);
      this.throwIfFailed();
    }
    const task: Promise<void> = write().then(
      () => {
        this.pending.delete(task);
      },
      (error: unknown) => {
        this.pending.delete(task);
        this.failure ??= { reason: error };
      },
    );
    this.pending.add(task);
    if (options.ordered || this.size === 1) {
      await this.drain();
    }
    this.throwIfFailed();
  }

  /** Waits for every write in flight; throws the first failure. */
  async drain(): Promise<void> {
    await Promise.allSettled(this.pending);
    this.throwIfFailed();
  }

  /** Waits for every write in flight, whatever became of them (when giving up). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.pending);
  }

  private throwIfFailed(): void {
    if (this.failure) {
      throw this.failure.reason;
    }
  }
}
