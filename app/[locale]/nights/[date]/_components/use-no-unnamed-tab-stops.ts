'use client';
// recharts 3.11 draws z-index layer <g> elements that Chromium puts in the Tab order although they carry
// no tabindex, each announced as an unnamed group (upstream added tabIndex=-1 in PR 6687 and removed it
// in PR 7805). The chart's own surface (the named svg, whose arrow keys move the tooltip) stays its one
// Tab stop: every <g> inside is given tabindex="-1", now and whenever recharts redraws.
import { useEffect, type RefObject } from 'react';

function untab(root: HTMLElement) {
  for (const layer of root.querySelectorAll('.recharts-wrapper g:not([tabindex])')) layer.setAttribute('tabindex', '-1');
}

export function useNoUnnamedTabStops(holder: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = holder.current;
    if (!root) return;
    untab(root);
    // Only new elements need it: the attribute this sets does not trigger another pass.
    const observer = new MutationObserver(() => untab(root));
    observer.observe(root, { subtree: true, childList: true });
    return () => observer.disconnect();
  }, [holder]);
}
