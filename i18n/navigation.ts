// Locale-aware Link, redirect and path helpers: an href written as "/nights/2025-04-26" stays in the
// reader's language ("/uk/nights/2025-04-26" in the Ukrainian interface).
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
