/** Options-page operations on installed packs that are more than one install.ts call. */
import type { PackRecord, TactDb } from '@/knowledge/db';
import { setPriority } from '@/knowledge/install';
import { PackError } from '@/knowledge/validation-errors';

/** Table order: what wins first (priority, then the later install), disabled packs included. */
export function tableOrder(packs: PackRecord[]): PackRecord[] {
  return [...packs].sort((a, b) => b.priority - a.priority || b.installedAt - a.installedAt || a.id.localeCompare(b.id));
}

/**
 * Moves a pack one place up or down and rewrites priorities as 10, 20, 30… from the bottom, so ties can't
 * hide a move and the numbers stay readable.
 */
export async function movePack(db: TactDb, packs: PackRecord[], id: string, direction: -1 | 1): Promise<void> {
  const order = tableOrder(packs).map((p) => p.id);
  const i = order.indexOf(id);
  const j = i + direction;
  if (i < 0 || j < 0 || j >= order.length) return;
  [order[i], order[j]] = [order[j], order[i]];
  const byId = new Map(packs.map((p) => [p.id, p]));
  for (const [k, packId] of order.entries()) {
    const priority = (order.length - k) * 10;
    if (byId.get(packId)!.priority !== priority) await setPriority(db, packId, priority);
  }
}

export interface ProblemLine {
  path: string;
  message: string;
}

/** "team.yaml: entries[0].title.zh: expected string" → path + message, for the per-file error list. */
export function problemLines(error: unknown, fileName: string): ProblemLine[] {
  const lines = error instanceof PackError ? error.problems : [error instanceof Error ? error.message : String(error)];
  return lines.map((line) => {
    const rest = line.startsWith(`${fileName}: `) ? line.slice(fileName.length + 2) : line;
    const m = /^((?:[\w$-]+|\[\d+\])(?:\.[\w$-]+|\[\d+\])*): (.*)$/s.exec(rest);
    return m ? { path: m[1], message: m[2] } : { path: '', message: rest };
  });
}
