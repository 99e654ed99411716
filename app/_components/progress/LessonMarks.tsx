// Fills every lesson mark slot of the page (LessonMarkSlot) with that lesson's progress mark.
'use client';

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { LessonMark } from './LessonMark';
import { LESSON_MARK_SLOT } from './LessonMarkSlot';

interface Slot {
  element: Element;
  lessonId: string;
  exerciseIds: string[];
}

/** Renders nothing itself: a LessonMark portalled into each slot, once the page has hydrated. */
export function LessonMarks() {
  const [slots, setSlots] = useState<Slot[]>([]);
  useEffect(() => {
    const found = [...document.querySelectorAll(`[${LESSON_MARK_SLOT}]`)].map((element) => ({
      element,
      lessonId: element.getAttribute(LESSON_MARK_SLOT) ?? '',
      exerciseIds: (element.getAttribute('data-exercise-ids') ?? '').split(' ').filter(Boolean),
    }));
    setSlots(found);
  }, []);
  return (
    <>
      {slots.map((slot, i) =>
        createPortal(<LessonMark lessonId={slot.lessonId} exerciseIds={slot.exerciseIds} />, slot.element, i),
      )}
    </>
  );
}
