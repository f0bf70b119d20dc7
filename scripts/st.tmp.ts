import { formatStressReport, nightsCountingBack, runStress } from './stress/run-stress';
import { importDuring } from './stress/import-during';
import { signIn } from './stress/sign-in';
(async () => {
  const baseURL = 'http://127.0.0.1:4321';
  const databasePath = '/tmp/cache-work/st/s.db';
  const cookie = await signIn(baseURL, 's@e.org', 'stress-password-1');
  const withImport = process.argv[2] === 'import';
  const report = await runStress({ baseURL, cookie, databasePath, seconds: 20, readers: { dashboard: 80, exports: 20 }, writers: 4, nextNight: nightsCountingBack('2020-12-31', 20_000),
    during: withImport ? () => importDuring({ baseURL, cookie, databasePath, firstDate: '1990-01-01', nights: 2_000 }) : undefined });
  console.log(formatStressReport(report));
})();
