// A bar that shows when its period is partial (the range cuts the week or month): lighter, with a dashed
// outline, so a short first or last period does not read as a collapse. The labels say it in words.
import { Rectangle, type BarShapeProps } from 'recharts';

export const PARTIAL_OPACITY = 0.4;

function isPartial(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && (payload as { partial?: unknown }).partial === true;
}

export function PeriodBar(props: BarShapeProps) {
  if (!isPartial(props.payload)) return <Rectangle {...props} />;
  return <Rectangle {...props} fillOpacity={PARTIAL_OPACITY} stroke={props.fill} strokeDasharray="4 3" />;
}
