// Lesson sections skip layout while off screen (prose.css); an in-page link first lays them all out.
'use client';
import { useEffect } from 'react';

/** Set on <html> while every section is laid out (their sizes are then remembered: `contain-intrinsic-size: auto`). */
const ALL_SECTIONS = 'lesson-sections-laid-out';

/**
 * Renders nothing. A section never shown so far has a placeholder size; a smooth scroll to an in-page link
 * computed over placeholders ends in the wrong place once the sections it passes are laid out. So the first
 * in-page link followed lays out every section once (the browser remembers their real sizes, and later
 * links and the scrollbar are exact); the load itself only lays out what is on screen.
 */
export function SectionLayout() {
  useEffect(() => {
    const root = document.documentElement;
    const onClick = (event: MouseEvent) => {
      if (!(event.target as Element | null)?.closest('a[href^="#"]')) return;
      document.removeEventListener('click', onClick, true);
      // Capture phase, before the link's own scroll: that scroll then sees every section's real size.
      root.classList.add(ALL_SECTIONS);
      requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove(ALL_SECTIONS)));
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return null;
}
