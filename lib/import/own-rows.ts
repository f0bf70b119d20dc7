// Air Tally's own export, row by row: the columns of EXPORT_HEADER, with the exporter's formula
// neutralisation undone so that export → import → export gives the same bytes.
import { restoreFormula } from '@/lib/csv/cells';
import { isIsoDate } from '@/lib/dates';
import { classFitsCategory } from '@/lib/domain';
import { categorySchema, targetSchema, weaponClassSchema } from '@/lib/domain-schemas';
import { sourceUrlSchema } from '@/lib/validation';
import { englishIssue } from '@/lib/validation-english';
import type { BatchCollector, NightSources } from './batch';
import { parseOwnCount } from './counts';
import type { FileFields } from './night-fields';
import type { createWeaponResolver } from './weapons';

const WIDTH = 9;
const MAX_WEAPON_NAME = 200;

type Resolver = ReturnType<typeof createWeaponResolver>;

export function createOwnRowReader(options: { resolver: Resolver; collector: BatchCollector; today: string }) {
  const { resolver, collector, today } = options;
  // A night's rows repeat its date and source URL: check each distinct one once.
  let lastDate = '';
  const isRealDate = (date: string) => {
    if (date === lastDate) return true;
    if (!isIsoDate(date)) return false;
    lastDate = date;
    return true;
  };
  let lastUrlCell: string | null = null;
  let lastUrl: ReturnType<typeof sourceUrlSchema.safeParse> | null = null;
  const checkUrl = (cell: string) => {
    if (cell !== lastUrlCell || !lastUrl) {
      lastUrlCell = cell;
      lastUrl = sourceUrlSchema.safeParse(restoreFormula(cell));
    }
    return lastUrl;
  };

  function read(cells: readonly string[], line: number) {
    if (cells.length !== WIDTH) {
      collector.error(line, `${cells.length} cells where the header has ${WIDTH} (a stray comma, or broken quoting?)`);
      return;
    }
    const [dateCell = '', targetCell = '', weaponCell = '', categoryCell = '', classCell = '', ...rest] = cells;
    const [launchedCell = '', shotDownCell = '', lostCell = '', sourceUrlCell = ''] = rest;
    const problems: string[] = [];
    const date = dateCell.trim();
    if (!isRealDate(date)) problems.push(`date "${date}" is not a real date written YYYY-MM-DD`);
    else if (date > today) problems.push(`date ${date} is in the future`);
    const target = targetSchema.safeParse(targetCell.trim());
    if (!target.success) problems.push(`target "${targetCell}" is not UA or RU`);
    const weaponName = restoreFormula(weaponCell);
    if (!weaponName.trim()) problems.push('weapon is empty');
    else if (weaponName.length > MAX_WEAPON_NAME) problems.push(`weapon is longer than ${MAX_WEAPON_NAME} characters`);
    const category = categorySchema.safeParse(categoryCell.trim());
    if (!category.success) problems.push(`category "${categoryCell}" is not missile or drone`);
    const weaponClass = weaponClassSchema.safeParse(classCell.trim());
    if (!weaponClass.success) problems.push(`class "${classCell}" is not a known class`);
    else if (category.success && !classFitsCategory(category.data, weaponClass.data)) {
      problems.push(`class "${weaponClass.data}" is not a class of ${category.data}`);
    }
    const launched = parseOwnCount(launchedCell);
    const shotDown = parseOwnCount(shotDownCell);
    const lost = parseOwnCount(lostCell);
    if (!launched.ok) problems.push(`launched: ${launched.message}`);
    if (!shotDown.ok) problems.push(`shot_down: ${shotDown.message}`);
    if (!lost.ok) problems.push(`lost: ${lost.message}`);
    const sourceUrl = checkUrl(sourceUrlCell);
    const urlIssue = sourceUrl.success ? undefined : sourceUrl.error.issues[0];
    if (urlIssue) problems.push(`source_url: ${englishIssue(urlIssue)}`);
    if (
      problems.length ||
      !target.success ||
      !category.success ||
      !weaponClass.success ||
      !launched.ok ||
      !shotDown.ok ||
      !lost.ok ||
      !sourceUrl.success
    ) {
      collector.error(line, problems.join('; '));
      return;
    }
    const { ref, mismatch } = resolver.named(weaponName, { category: category.data, weaponClass: weaponClass.data });
    if (mismatch) collector.noteOnce(`${mismatch}.`);
    collector.add({
      line,
      date,
      target: target.data,
      weapon: ref,
      counts: { launched: launched.value, shotDown: shotDown.value, lost: lost.value },
      sourceUrl: sourceUrl.data,
      sourcePath: null,
    });
  }

  return { read };
}

/** The figures export gives a night's source URL when it has one; nothing else of the night's own fields. */
export function ownNightFields(sources: NightSources): FileFields {
  return sources.sourceUrl === null ? {} : { sourceUrl: sources.sourceUrl };
}
