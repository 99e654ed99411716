// Marks the lesson read by the rule in lib/progress/read-rule.ts: end in view after 20 visible seconds, or 5 minutes.
'use client';

import { useEffect, useRef } from 'react';
import type { ProgressStore } from '@/lib/progress/progress-store';
import { lessonReadRule } from '@/lib/progress/read-rule';
import { withProgressStore } from './progress-client';

const TICK_MS = 1000;

/** Watches the end marker and visible time; returns the function that stops watching. */
function track(store: ProgressStore, lessonId: string, end: Element): () => void {
  const signals = { reachedEnd: false, visibleMs: 0 };
  const evaluate = () => {
    if (!lessonReadRule(signals)) return;
    store.readLesson(lessonId);
    stop();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      signals.reachedEnd = true;
      evaluate();
    }
  });
  observer.observe(end);
  const timer = window.setInterval(() => {
    if (document.visibilityState === 'visible') signals.visibleMs += TICK_MS;
    evaluate();
  }, TICK_MS);
  function stop() {
    observer.disconnect();
    window.clearInterval(timer);
  }
  return stop;
}

/** Place right after the lesson body: this element is the lesson's end. */
export function LessonReadTracker({ lessonId }: { lessonId: string }) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let stop = () => {};
    let active = true;
    withProgressStore((store) => {
      const element = end.current;
      if (!active || !element || Object.hasOwn(store.get().lessons, lessonId)) return;
      stop = track(store, lessonId, element);
    });
    return () => {
      active = false;
      stop();
    };
  }, [lessonId]);
  return <div ref={end} data-lesson-end="" aria-hidden="true" />;
}
