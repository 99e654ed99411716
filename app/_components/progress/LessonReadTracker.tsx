// Marks the lesson read by the rule in lib/progress/read-rule.ts: end in view after 20 visible seconds, or 5 minutes.
'use client';

import { useEffect, useRef } from 'react';
import { lessonReadRule } from '@/lib/progress';
import { progressStore } from './progress-client';

const TICK_MS = 1000;

/** Place right after the lesson body: this element is the lesson's end. */
export function LessonReadTracker({ lessonId }: { lessonId: string }) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const store = progressStore();
    if (Object.hasOwn(store.get().lessons, lessonId)) return;
    const signals = { reachedEnd: false, visibleMs: 0 };
    let done = false;
    const evaluate = () => {
      if (done || !lessonReadRule(signals)) return;
      done = true;
      store.readLesson(lessonId);
      cleanup();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        signals.reachedEnd = true;
        evaluate();
      }
    });
    if (end.current) observer.observe(end.current);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') signals.visibleMs += TICK_MS;
      evaluate();
    }, TICK_MS);
    const cleanup = () => {
      observer.disconnect();
      window.clearInterval(timer);
    };
    return cleanup;
  }, [lessonId]);
  return <div ref={end} data-lesson-end="" aria-hidden="true" />;
}
