'use client';
// Whether an element has come within `margin` of the screen (and stays true once it has): what lets the
// charts and the calendar load and draw only when a reader gets near them. Without IntersectionObserver
// (old browsers) everything is drawn at once.
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useNearScreen<T extends Element>(margin: string): [RefObject<T | null>, boolean] {
  const holder = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return [holder, near];
}
