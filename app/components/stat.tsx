// One figure with its name and, under it, at most a short line saying what it rests on.
export function Stat({
  id,
  label,
  value,
  className,
  children,
}: {
  id: string;
  label: React.ReactNode;
  value: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className={`stat ${className ?? ''}`} role="group" aria-labelledby={`${id}-label`} data-stat={id}>
      <div className="stat-label" id={`${id}-label`}>
        {label}
      </div>
      <div className="stat-value">{value}</div>
      {children}
    </div>
  );
}
