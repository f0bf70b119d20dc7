'use client';
// In a chart laid out vertically (a bar per weapon, top to bottom) recharts 3.11 moves its keyboard
// tooltip up on ArrowRight and down on ArrowLeft (its first focus shows the top weapon). Readers expect
// the next weapon on ArrowDown or ArrowRight: those keys are handed to recharts as ArrowLeft, ArrowUp and
// ArrowLeft as ArrowRight.
import { useEffect, type RefObject } from 'react';

const NEXT = 'ArrowLeft';
const PREVIOUS = 'ArrowRight';
const MAP: Record<string, string> = { ArrowDown: NEXT, ArrowRight: NEXT, ArrowUp: PREVIOUS, ArrowLeft: PREVIOUS };

export function useListKeys(holder: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = holder.current;
    if (!root) return;
    const ours = new WeakSet<Event>();
    const onKeyDown = (event: KeyboardEvent) => {
      const key = MAP[event.key];
      if (ours.has(event) || !key || !(event.target instanceof Element)) return;
      event.preventDefault();
      event.stopPropagation();
      const handedOn = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      ours.add(handedOn);
      event.target.dispatchEvent(handedOn);
    };
    root.addEventListener('keydown', onKeyDown, { capture: true });
    return () => root.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [holder]);
}
