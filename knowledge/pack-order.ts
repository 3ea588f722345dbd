/** The packs table's order: what wins first (priority, then the later install), disabled packs included. */
import type { PackRecord } from './db';

export function tableOrder(packs: PackRecord[]): PackRecord[] {
  return [...packs].sort((a, b) => b.priority - a.priority || b.installedAt - a.installedAt || a.id.localeCompare(b.id));
}
