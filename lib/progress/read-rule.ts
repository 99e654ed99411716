// When a lesson counts as read: its end came into view after the learner spent a little time on the page.

/** What the page observed. */
export interface ReadSignals {
  /** The end of the lesson has been on screen. */
  reachedEnd: boolean;
  /** Milliseconds the page has been visible (hidden tabs do not count). */
  visibleMs: number;
}

/**
 * The rule: a lesson is read when its end has been on screen after at least `minimumMs` of visible time
 * (default 20 s: jumping straight to the bottom is not reading), or after `dwellMs` of visible time
 * anyway (default 5 min: someone working through the exercises in the middle of a long lesson).
 */
export function lessonReadRule(signals: ReadSignals, minimumMs = 20_000, dwellMs = 300_000): boolean {
  return (signals.reachedEnd && signals.visibleMs >= minimumMs) || signals.visibleMs >= dwellMs;
}
