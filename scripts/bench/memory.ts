// Resident memory of the server's processes (the front and its app processes), read from /proc every
// few tens of milliseconds.
import fs from 'node:fs';

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export const rssBytes = (pid: number) => statusField(pid, 'VmRSS');

/**
 * Resets the kernel's peak-RSS mark (VmHWM) to the current RSS, so that afterwards it holds the true peak,
 * even one shorter than the sampling interval. Returns false where the kernel does not allow it.
 */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export type RssSampling = { stop: () => { baselineBytes: number | null; peakBytes: number | null; samples: number } };

/** Samples the summed RSS of `pids`; the peak is the highest sum seen, or the sum of the kernel's peaks. */
export function sampleRss(pids: readonly number[], intervalMs = 50): RssSampling {
  const total = (read: (pid: number) => number | null) => {
    const values = pids.map(read);
    return values.some((value) => value === null) ? null : values.reduce((sum: number, value) => sum + (value ?? 0), 0);
  };
  const baselineBytes = total(rssBytes);
  const kernelPeak = pids.every(resetPeak);
  let peak = baselineBytes ?? 0;
  let samples = 0;
  const timer = setInterval(() => {
    const value = total(rssBytes);
    if (value === null) return;
    samples += 1;
    peak = Math.max(peak, value);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const hwm = kernelPeak ? total((pid) => statusField(pid, 'VmHWM')) : null;
      const peakBytes = Math.max(peak, hwm ?? 0) || null;
      return { baselineBytes, peakBytes, samples };
    },
  };
}
