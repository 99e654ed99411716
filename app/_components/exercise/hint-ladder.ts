// The "Stuck?" ladder's position, kept per exercise in localStorage so a reload shows the same hints,
// and the text of a newly revealed hint for the live region.
'use client';

import { useEffect, useRef, useState } from 'react';

const keyFor = (exerciseId: string) => `skillshell:hints:${exerciseId}`;

/** How many hints were shown before (0 when nothing is stored or storage is blocked). */
export function storedHintCount(exerciseId: string, total: number): number {
  try {
    const value = Number(window.localStorage.getItem(keyFor(exerciseId)) ?? 0);
    return Number.isInteger(value) && value > 0 ? Math.min(value, total) : 0;
  } catch {
    return 0;
  }
}

function storeHintCount(exerciseId: string, count: number): void {
  try {
    window.localStorage.setItem(keyFor(exerciseId), String(count));
  } catch {
    // Storage blocked or full: the ladder still works, it is only not restored on reload.
  }
}

export interface HintLadder {
  shown: number;
  showNext(): void;
  /** What the live region says after a click: the new hint's text (empty after a restore). */
  announcement: string;
  listRef: React.RefObject<HTMLOListElement | null>;
}

export function useHintLadder(exerciseId: string, total: number): HintLadder {
  const [shown, setShown] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const clicked = useRef(false);
  // After hydration (the server renders no hints): restore the stored position.
  useEffect(() => setShown(storedHintCount(exerciseId, total)), [exerciseId, total]);
  useEffect(() => {
    if (!clicked.current) return;
    clicked.current = false;
    const text = listRef.current?.lastElementChild?.textContent ?? '';
    setAnnouncement(text ? `Hint ${shown} of ${total}: ${text}` : '');
  }, [shown, total]);
  return {
    shown,
    announcement,
    listRef,
    showNext() {
      const next = Math.min(shown + 1, total);
      clicked.current = true;
      storeHintCount(exerciseId, next);
      setShown(next);
    },
  };
}
