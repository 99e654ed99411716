// Marks the "On this page" link of the section being read (aria-current="location"), as the reader scrolls.
'use client';
import { useEffect } from 'react';

/** Renders nothing; watches the headings that the table of contents links to. */
export function TocHighlighter({ tocId }: { tocId: string }) {
  useEffect(() => {
    const toc = document.getElementById(tocId);
    if (!toc) return;
    const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0) return;

    // The current section is the last heading above a line a little below the sticky header.
    function update() {
      const line = 120;
      let current = headings[0];
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading;
        else break;
      }
      for (const link of links) {
        if (link.hash.slice(1) === current?.id) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    }

    let frame = 0;
    function onScroll() {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    }
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [tocId]);
  return null;
}
