// Resident memory of one process, read from /proc every few tens of milliseconds.
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

export function sampleRss(pid: number, intervalMs = 50): RssSampling {
  const baselineBytes = rssBytes(pid);
  const kernelPeak = resetPeak(pid);
  let peak = baselineBytes ?? 0;
  let samples = 0;
  const timer = setInterval(() => {
    const value = rssBytes(pid);
    if (value === null) return;
    samples += 1;
    peak = Math.max(peak, value);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const hwm = kernelPeak ? statusField(pid, 'VmHWM') : null;
      const peakBytes = Math.max(peak, hwm ?? 0) || null;
      return { baselineBytes, peakBytes, samples };
    },
  };
}
