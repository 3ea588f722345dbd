import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackAdmin } from '@/knowledge/pack-admin';
import type { ResponseLike } from '@/knowledge/subscription-check';
import { getSubscriptions } from '@/knowledge/subscription-store';
import { freshDb, teamPack } from './helpers';

const teamPackJson = () => JSON.stringify(teamPack('v1'));

beforeEach(() => fakeBrowser.reset());

describe('pack admin: the one writer', () => {
  it('runs changes one at a time: an alarm check asked for during "Check now" waits for it, and each change is announced', async () => {
    const db = freshDb();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const body = teamPackJson();
    const fetch = async (url: string): Promise<ResponseLike> => {
      log.push(`fetch ${url}`);
      await gate;
      log.push(`answer ${url}`);
      return { status: 200, ok: true, headers: { get: () => null }, text: async () => body };
    };
    let changes = 0;
    const admin = createPackAdmin({ db: () => db, fetch, onChange: () => changes++ });
    const url = 'https://packs.example.com/team.json';
    const subscribing = admin.subscribe({ url });
    const alarm = admin.checkAll();
    await new Promise((r) => setTimeout(r, 20));
    // The alarm's run has not started while the first check waits on the server.
    expect(log).toEqual([`fetch ${url}`]);
    release();
    expect(await subscribing).toMatchObject({ status: 'installed' });
    expect(await alarm).toEqual([expect.objectContaining({ status: 'unchanged' })]);
    expect(log).toEqual([`fetch ${url}`, `answer ${url}`, `fetch ${url}`, `answer ${url}`]);
    expect(changes).toBe(2);
    expect((await db.packs.get('lumen-team'))!.version).toBe('1.0.0');
  });

  it('keeps going after a failed change, and reports a bad file by path without touching the store', async () => {
    const db = freshDb();
    const admin = createPackAdmin({ db: () => db });
    const bad = await admin.importFile({ name: 'team.json', text: '{"id": "x"}' });
    expect(bad).toMatchObject({ ok: false, refused: false });
    expect(bad.ok === false && bad.problems.length).toBeGreaterThan(0);
    await expect(admin.remove('nope')).rejects.toThrow('nope: no such pack is installed');
    expect(await admin.importFile({ name: 'team.json', text: teamPackJson() })).toMatchObject({ ok: true, status: 'installed' });
    expect(await admin.unsubscribe('https://packs.example.com/none.json')).toEqual({ hostStillNeeded: false });
    expect(await getSubscriptions()).toEqual([]);
  });
});
