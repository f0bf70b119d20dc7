// What a reader page does before its scripts run. Reader pages load their scripts on the first
// interaction (lib/response-cache/scripts-on-interaction.ts); these marks tell that loader what needs
// them sooner, and what to do itself meanwhile. Their own module, so that client components import two
// constants, not the loader.
export const NEEDS_SCRIPT_ATTRIBUTE = 'data-needs-script';

/** Spread onto the element that holds a drawing's place (a chart, the calendar) until its script runs. */
export const needsScript = { [NEEDS_SCRIPT_ATTRIBUTE]: '' } as const;

/**
 * On a link: the cookie (`name=value`) a click on it stores for the whole site before the link is followed
 * (lib/remember-choice.ts). The loader does it for a click before the scripts run, React's handler after.
 */
export const REMEMBER_COOKIE_ATTRIBUTE = 'data-remember-cookie';
