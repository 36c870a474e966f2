// The machine a run happened on, for the results and the README.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memory: string;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started: others' work on a shared machine. */
  loadAverage: number[];
}

function sh(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpuModel = m[1]!.trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  const free = sh('free', ['-h']);
  const memLine = free?.split('\n').find((l) => l.startsWith('Mem:'));
  return {
    nproc: Number(sh('nproc', [])) || availableParallelism(),
    cpuModel,
    memory: memLine ? memLine.replace(/\s+/g, ' ') : `${(totalmem() / 2 ** 30).toFixed(1)} GiB total`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
