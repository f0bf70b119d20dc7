// Runs in the browser before the app's own code: settings that must be in place before any module loads.
import '@/lib/zod-jitless';
