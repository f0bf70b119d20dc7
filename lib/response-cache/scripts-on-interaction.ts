// Reader pages are whole in their HTML: figures, tables, links, the filters (a GET form in <details>)
// all work before any script runs. What scripts add (charts, the calendar's arrow keys, tooltips) is
// wanted only once a reader touches the page or a chart comes into view. Starting React and Next on
// every load cost a phone about a second of blocked main thread (Lighthouse mobile: 2 s of blocking
// time, performance 63–75) for readers who mostly read last night's figures and leave.
//
// So, for the pages a route marks, the stored HTML keeps Next's inline scripts (its data, the streaming
// swaps) and replaces Next's script files with one small loader: it adds the files on
// the reader's first touch, click, key, wheel or scroll, on focus, or when an element marked
// `data-needs-script` comes near the screen; meanwhile it sets the cookie of a clicked link that carries
// one (lib/before-scripts.ts), and follows that link once the cookie is stored (lib/remember-choice.ts). The loader is an inline script like Next's own, so the
// stored page's policy names its hash (csp.ts); the files it adds come from 'self'.

import { NEEDS_SCRIPT_ATTRIBUTE, REMEMBER_COOKIE_ATTRIBUTE } from '@/lib/before-scripts';
import { REMEMBER_THEN_FOLLOW_SOURCE } from '@/lib/remember-choice';

/** Set on <html> by the loader once it has added the scripts (tests and styles can wait on it). */
export const SCRIPTS_ADDED_ATTRIBUTE = 'data-scripts';

/** The events that say a reader is using the page, not only reading it. */
export const INTERACTION_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll', 'focusin'] as const;

/** How far outside the screen a marked element starts the scripts, so a chart is drawn by arrival. */
const NEAR_SCREEN = '200px';

// Next's own script files: <script src="/_next/static/…" async=""></script>. The noModule polyfill file
// stays (modern browsers skip it; old ones get everything at once, as before).
const NEXT_SCRIPT = /<script\s+src="(\/_next\/static\/[^"<>]+\.js)"\s+async=""\s*><\/script>/g;

function loaderScript(sources: readonly string[]): string {
  const events = JSON.stringify(INTERACTION_EVENTS);
  // Written for every browser the app supports without a build step: no syntax newer than ES2015.
  return [
    '(function(){',
    `var sources=${JSON.stringify(sources)},events=${events},started=false,observer=null,d=document;`,
    'function start(){if(started)return;started=true;',
    'events.forEach(function(name){removeEventListener(name,start,true)});',
    'if(observer)observer.disconnect();',
    'sources.forEach(function(src){var s=d.createElement("script");s.src=src;s.async=true;d.body.appendChild(s)});',
    `d.documentElement.setAttribute(${JSON.stringify(SCRIPTS_ADDED_ATTRIBUTE)},"added")}`,
    'events.forEach(function(name){addEventListener(name,start,{capture:true,passive:true})});',
    // A link that remembers a choice (the language switch) sets its cookie even before React is there.
    // (lib/remember-choice.ts: the link is followed once the cookie is stored.)
    `var remember=${REMEMBER_THEN_FOLLOW_SOURCE};`,
    `d.addEventListener("click",function(e){remember(e,d,window,${JSON.stringify(REMEMBER_COOKIE_ATTRIBUTE)})},true);`,
    `var marked=d.querySelectorAll("[${NEEDS_SCRIPT_ATTRIBUTE}]");`,
    'if(marked.length){if(!("IntersectionObserver" in window)){start();return}',
    `observer=new IntersectionObserver(function(entries){for(var i=0;i<entries.length;i++)if(entries[i].isIntersecting){start();return}},{rootMargin:${JSON.stringify(NEAR_SCREEN)}});`,
    'marked.forEach(function(element){observer.observe(element)})}',
    '})();',
  ].join('');
}

/**
 * The page with Next's script files added on interaction instead of at load, or the page unchanged
 * when it has none (or no </body> to put the loader before).
 */
export function scriptsOnInteraction(html: string): string {
  const sources: string[] = [];
  const withoutScripts = html.replace(NEXT_SCRIPT, (_, src: string) => {
    sources.push(src);
    // Not even a prefetch: Chromium's handling of ten prefetched files blocked a phone's main thread for
    // about a tenth of a second at load (Lighthouse: 226 ms of blocking time without, 918 ms with).
    return '';
  });
  const end = withoutScripts.lastIndexOf('</body>');
  if (sources.length === 0 || end < 0) return html;
  return `${withoutScripts.slice(0, end)}<script>${loaderScript(sources)}</script>${withoutScripts.slice(end)}`;
}
