// Lesson sections skip layout while far off screen (prose.css); this makes their sizes exact for in-page links.
'use client';
import { useEffect } from 'react';

/** Set on one section while it is laid out (its size is then remembered, `contain-intrinsic-size: auto`). */
const MEASURING = 'data-measuring';
/** Set on <html> while every section is laid out, for an in-page link followed before all were measured. */
const ALL_SECTIONS = 'lesson-sections-laid-out';

const nextFrames = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

/**
 * Renders nothing. While the page is idle it lays out each section once, one per task, so the browser
 * remembers its real size instead of the placeholder's: the scrollbar and every in-page link are exact from
 * then on, and the load itself only laid out what was on screen. A link followed before that lays out all
 * sections first, so it lands on its target (a smooth scroll computed over placeholder sizes does not).
 */
export function SectionLayout() {
  useEffect(() => {
    let pending = [...document.querySelectorAll<HTMLElement>('.lesson-section')];
    let stopped = false;
    const idle = (task: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(task) : setTimeout(task, 200);
    const measureNext = () => {
      const section = pending.shift();
      if (stopped || !section) return;
      section.setAttribute(MEASURING, '');
      nextFrames(() => {
        section.removeAttribute(MEASURING);
        idle(measureNext);
      });
    };
    idle(measureNext);

    const root = document.documentElement;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest('a[href^="#"]');
      if (!link || pending.length === 0) return;
      pending = [];
      // Before the link's own scroll (capture phase): that scroll then sees every section's real size.
      root.classList.add(ALL_SECTIONS);
      nextFrames(() => root.classList.remove(ALL_SECTIONS));
    };
    document.addEventListener('click', onClick, true);
    return () => {
      stopped = true;
      document.removeEventListener('click', onClick, true);
    };
  }, []);
  return null;
}
