import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/options-app';
import type { OptionsDeps } from '@/components/options/options-deps';
import { installPack } from '@/knowledge/install';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { generateSigningKey, signPack } from '@/knowledge/signature';
import { trustedKeysItem, whatsNewItem } from '@/knowledge/subscription-store';
import { brokenPackText, fakeClient, freshDb, miniPack, teamPack } from './helpers';

vi.setConfig({ testTimeout: 20_000 });
beforeEach(() => fakeBrowser.reset());

async function setup() {
  const db = freshDb();
  await installPack(db, miniPack(), { source: 'bundled' });
  const deps: OptionsDeps = {
    db,
    client: fakeClient([miniPack()]).client,
    admin: createPackAdmin({ db: () => db }),
    permissions: { request: vi.fn(async () => true), remove: vi.fn(async () => true) },
  };
  const user = userEvent.setup();
  render(<OptionsApp deps={deps} />);
  await screen.findByRole('row', { name: /Mini/ });
  return { db, user };
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const json = (v: unknown) => JSON.stringify(v, null, 2);
const lumenRow = () => screen.getByRole('row', { name: /Lumen Leuchten team pack/ });
const cell = (row: HTMLElement, col: string) => row.querySelector(`[data-col="${col}"]`) as HTMLElement;

describe('options: packs', () => {
  it('imports a file with the picker and lists it with its details', async () => {
    const { user } = await setup();
    await user.upload(screen.getByLabelText('Choose files…'), file('lumen-team-1.0.0.json', json(teamPack('v1'))));
    expect(await screen.findByText(/installed lumen-team 1\.0\.0/)).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Lumen Leuchten team pack/ });
    expect(cell(row, 'version').textContent).toBe('1.0.0');
    expect(cell(row, 'entries').textContent).toBe('3');
    expect(cell(row, 'signature').dataset.signature).toBe('unsigned');
    expect(within(row).getByText('File')).toBeTruthy();
    expect(within(row).getByRole('switch', { name: 'Enable Lumen Leuchten team pack' })).toHaveProperty('checked', true);
    // Imported packs rank above the bundled one.
    expect(screen.getAllByRole('row').slice(1)[0]).toBe(row);
    expect((await whatsNewItem.getValue())[0]).toMatchObject({ reason: 'installed', counts: { added: 3 } });
  });

  it('lists validation problems under the file name, by path', async () => {
    const { user } = await setup();
    await user.upload(screen.getByLabelText('Choose files…'), file('broken-team.yaml', brokenPackText()));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('broken-team.yaml')).toBeTruthy();
    expect(within(alert).getByText(/not installed/)).toBeTruthy();
    expect([...alert.querySelectorAll('.tact-problem-path')].map((e) => e.textContent)).toEqual(['entries[0].title.zh', 'entries[1].intent']);
    expect(screen.queryByRole('row', { name: /draft/ })).toBeNull();
  });

  it('imports by drag and drop', async () => {
    await setup();
    const zone = screen.getByTestId('pack-dropzone');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file('v1.json', json(teamPack('v1')))] } });
    zone.dispatchEvent(drop);
    expect(await screen.findByRole('row', { name: /Lumen Leuchten team pack/ })).toBeTruthy();
  });

  it('refuses a tampered signed pack and leaves the installed one as it was', async () => {
    const { user, db } = await setup();
    await installPack(db, teamPack('v1'), { source: 'file' });
    await screen.findByRole('row', { name: /Lumen Leuchten team pack/ });
    const signed = await signPack(teamPack('v2'), await generateSigningKey());
    (signed.pack as ReturnType<typeof teamPack>).version = '9.9.9';
    const before = lumenRow().textContent;
    await user.upload(screen.getByLabelText('Choose files…'), file('evil.signed.json', json(signed)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/refused — the signature does not check out/);
    expect(alert.textContent).toMatch(/changed after it was signed/);
    expect(lumenRow().textContent).toBe(before);
  });

  it('marks a pack signed by a trusted key as verified', async () => {
    const key = await generateSigningKey();
    await trustedKeysItem.setValue([{ publicKey: key.publicKey, keyId: key.keyId, label: 'Lumen CS', addedAt: 1 }]);
    const { user } = await setup();
    await user.upload(screen.getByLabelText('Choose files…'), file('v1.signed.json', json(await signPack(teamPack('v1'), key))));
    const row = await screen.findByRole('row', { name: /Lumen Leuchten team pack/ });
    await waitFor(() => expect(cell(row, 'signature').dataset.signature).toBe('verified'));
    expect(cell(row, 'signature').textContent).toContain(key.keyId.slice(0, 8));
  });

  it('updates, rolls back, disables, reorders and removes (with a confirmation)', async () => {
    const { user, db } = await setup();
    await installPack(db, teamPack('v1'), { source: 'file' });
    await user.upload(await screen.findByLabelText('Choose files…'), file('v2.json', json(teamPack('v2'))));
    expect(await screen.findByText(/1 added, 1 changed, 1 removed/)).toBeTruthy();
    await waitFor(() => expect(cell(lumenRow(), 'version').textContent).toBe('1.1.0'));

    await user.click(within(lumenRow()).getByRole('button', { name: 'Roll back to 1.0.0' }));
    await waitFor(() => expect(cell(lumenRow(), 'version').textContent).toBe('1.0.0'));
    expect((await db.packs.get('lumen-team'))!.version).toBe('1.0.0');

    await user.click(within(lumenRow()).getByRole('switch'));
    await waitFor(async () => expect((await db.packs.get('lumen-team'))!.enabled).toBe(false));

    await user.click(within(lumenRow()).getByRole('button', { name: 'Move Lumen Leuchten team pack down' }));
    await waitFor(() => expect(screen.getAllByRole('row').at(-1)).toBe(lumenRow()));
    const priorities = (await db.packs.toArray()).map((p) => [p.id, p.priority]);
    expect(Object.fromEntries(priorities)).toEqual({ mini: 20, 'lumen-team': 10 });

    await user.click(within(lumenRow()).getByRole('button', { name: 'Remove' }));
    expect(await db.packs.get('lumen-team')).toBeTruthy();
    await user.click(within(lumenRow()).getByRole('button', { name: 'Really remove' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Lumen Leuchten team pack/ })).toBeNull());
    // The bundled pack can't be removed, only disabled.
    expect(within(screen.getByRole('row', { name: /Mini/ })).queryByRole('button', { name: 'Remove' })).toBeNull();
  });
});
