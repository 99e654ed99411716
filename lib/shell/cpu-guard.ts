// Stops CPU-bound runs: counts busy time between interpreter steps, never the time spent waiting for input.
/** Default CPU budget of one run, in milliseconds. */
export const CPU_BUDGET_MS = 5000;

/** A gap longer than this between two steps is waiting (a prompt, `sleep`), not computing. */
const MAX_BUSY_GAP_MS = 25;

export class CpuGuard {
  private used = 0;
  private last = 0;
  private controller: AbortController | null = null;
  exceeded = false;

  constructor(private readonly budgetMs = CPU_BUDGET_MS) {}

  /** Starts measuring a run; aborting the returned signal stops the interpreter at the next statement. */
  start(userSignal?: AbortSignal): AbortSignal {
    this.controller = new AbortController();
    this.used = 0;
    this.exceeded = false;
    this.last = performance.now();
    const controller = this.controller;
    if (userSignal) {
      if (userSignal.aborted) controller.abort();
      else userSignal.addEventListener('abort', () => controller.abort(), { once: true });
    }
    return controller.signal;
  }

  stop(): void {
    this.controller = null;
  }

  /** Called by the interpreter on every step (through its coverage hook). */
  tick(): void {
    if (!this.controller) return;
    const now = performance.now();
    const gap = now - this.last;
    if (gap < MAX_BUSY_GAP_MS) this.used += gap;
    this.last = now;
    if (this.used > this.budgetMs && !this.controller.signal.aborted) {
      this.exceeded = true;
      this.controller.abort();
    }
  }
}
