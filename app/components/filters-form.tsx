// The dashboard's filters: a one-line summary ("Last 30 days · Ukraine · Change") that opens a plain GET
// form, so every view is a URL that can be shared or bookmarked, and works without JavaScript. Presets
// are links to their dates. Every word and address arrives in the reader's language
// (app/[locale]/_dashboard/range-header.tsx).

type Option = { value: string; label: string };

export type FiltersView = {
  action: string;
  summary: { label: string; parts: string[]; change: string };
  from: { label: string; value: string };
  to: { label: string; value: string };
  target: { label: string; value: string; options: Option[] };
  granularity: { label: string; value: string; options: Option[] };
  /** Kept through a submit (the calendar's year). */
  hidden: { name: string; value: string }[];
  apply: string;
  presets: { label: string; items: { id: string; label: string; href: string; current: boolean }[] };
};

export function FiltersForm({ view }: { view: FiltersView }) {
  return (
    <details className="filters card">
      <summary>
        <span className="sr-only">{view.summary.label} </span>
        {view.summary.parts.map((part, index) => (
          <span key={part} className="filters-part">
            {index > 0 && <span aria-hidden="true">· </span>}
            {part}
          </span>
        ))}
        <span className="filters-change">{view.summary.change}</span>
      </summary>
      <form method="get" action={view.action} className="filters-form">
        <div className="field">
          <label htmlFor="filter-from">{view.from.label}</label>
          <input id="filter-from" name="from" type="date" defaultValue={view.from.value} required />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{view.to.label}</label>
          <input id="filter-to" name="to" type="date" defaultValue={view.to.value} required />
        </div>
        <div className="field">
          <label htmlFor="filter-target">{view.target.label}</label>
          <select id="filter-target" name="target" defaultValue={view.target.value}>
            {view.target.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-granularity">{view.granularity.label}</label>
          <select id="filter-granularity" name="granularity" defaultValue={view.granularity.value}>
            {view.granularity.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {view.hidden.map((field) => (
          <input key={field.name} type="hidden" name={field.name} value={field.value} />
        ))}
        <button type="submit" className="primary">
          {view.apply}
        </button>
      </form>
      <ul className="filters-presets" aria-label={view.presets.label}>
        {view.presets.items.map((preset) => (
          <li key={preset.id}>
            <a href={preset.href} aria-current={preset.current ? 'true' : undefined}>
              {preset.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
