import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/options-app';
import type { OptionsDeps } from '@/components/options/options-deps';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { generateSigningKey, signPack } from '@/knowledge/signature';
import { getSubscriptions, trustedKeysItem } from '@/knowledge/subscription-store';
import { fakeServer } from '@/tests/unit/distribution/helpers';
import { fakeClient, freshDb, miniPack, teamPack } from './helpers';

vi.setConfig({ testTimeout: 20_000 });
beforeEach(() => fakeBrowser.reset());

const URL_ = 'https://packs.lumen.example/cs/lumen-team.signed.json';

function setup(granted = true) {
  const db = freshDb();
  const server = fakeServer();
  const request = vi.fn(async () => granted);
  const remove = vi.fn(async () => true);
  const deps: OptionsDeps = { db, client: fakeClient([miniPack()]).client, admin: createPackAdmin({ db: () => db, fetch: server.fetch }), permissions: { request, remove } };
  const user = userEvent.setup();
  render(<OptionsApp deps={deps} initialTab="subscriptions" />);
  return { db, server, request, remove, user };
}

describe('options: subscriptions', () => {
  it('asks for the host at subscribe time, installs, pins the key, then updates on Check now', async () => {
    const key = await generateSigningKey();
    const { db, server, request, user } = setup();
    server.serve(JSON.stringify(await signPack(teamPack('v1'), key)), '"1"');
    await user.type(screen.getByLabelText('Pack URL (https)'), URL_);
    await user.type(screen.getByLabelText("Team's public key (recommended)"), key.publicKey);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(request).toHaveBeenCalledWith(['https://packs.lumen.example/*']);
    const row = await screen.findByRole('row', { name: new RegExp(URL_.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await waitFor(() => expect(row.dataset.status).toBe('updated'));
    expect(within(row).getByText(key.keyId)).toBeTruthy();
    expect(within(row).getByText('installed 1.0.0: 3 added, 0 changed, 0 removed')).toBeTruthy();
    expect((await db.packs.get('lumen-team'))!.source).toBe('url');

    server.serve(JSON.stringify(await signPack(teamPack('v2'), key)), '"2"');
    await user.click(within(row).getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(within(row).getByText('updated to 1.1.0: 1 added, 1 changed, 1 removed')).toBeTruthy());
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"1"');
  });

  it('requests the permission synchronously inside the submit (Chrome only prompts during the user gesture)', async () => {
    const { request, user } = setup();
    await user.type(screen.getByLabelText('Pack URL (https)'), URL_);
    fireEvent.submit(screen.getByRole('button', { name: 'Subscribe' }).closest('form')!);
    expect(request).toHaveBeenCalledTimes(1); // no await between the event and the call
    await waitFor(async () => expect(await getSubscriptions()).toHaveLength(1));
  });

  it('shows why an update failed and keeps the installed version', async () => {
    const key = await generateSigningKey();
    const { db, server, user } = setup();
    server.serve(JSON.stringify(await signPack(teamPack('v1'), key)), '"1"');
    await user.type(screen.getByLabelText('Pack URL (https)'), URL_);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const row = await screen.findByRole('row', { name: /packs\.lumen\.example/ });
    await waitFor(() => expect(row.dataset.status).toBe('updated'));
    server.serve(JSON.stringify(await signPack(teamPack('v2'), await generateSigningKey())), '"2"');
    await user.click(within(row).getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(row.dataset.status).toBe('failed'));
    expect(within(row).getByText('Update failed')).toBeTruthy();
    expect(row.querySelector('.tact-sub-message')!.textContent).toMatch(/trusts only key .*\(the installed version was kept\)/);
    expect((await db.packs.get('lumen-team'))!.version).toBe('1.0.0');
  });

  it('adds nothing when the permission is refused, or the URL is not https, or the key is not a key', async () => {
    const { request, user } = setup(false);
    await user.type(screen.getByLabelText('Pack URL (https)'), 'http://packs.lumen.example/a.json');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/only https/);
    expect(request).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Pack URL (https)'));
    await user.type(screen.getByLabelText('Pack URL (https)'), URL_);
    await user.type(screen.getByLabelText("Team's public key (recommended)"), 'hello');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/32 bytes|base64/));

    await user.clear(screen.getByLabelText("Team's public key (recommended)"));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Access to packs.lumen.example was not granted, so the subscription was not added.'));
    expect(await getSubscriptions()).toEqual([]);
  });

  it('unsubscribing gives the host permission back', async () => {
    const { server, remove, user } = setup();
    server.serve(JSON.stringify(teamPack('v1')), '"1"');
    await user.type(screen.getByLabelText('Pack URL (https)'), URL_);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const row = await screen.findByRole('row', { name: /packs\.lumen\.example/ });
    await user.click(within(row).getByRole('button', { name: 'Unsubscribe' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith(['https://packs.lumen.example/*']));
    expect(await getSubscriptions()).toEqual([]);
  });
});

describe('options: signatures', () => {
  it('trusts a team key, lists pinned keys, and rejects what is not a key', async () => {
    const key = await generateSigningKey();
    const user = userEvent.setup();
    const db = freshDb();
    render(<OptionsApp deps={{ db, client: fakeClient([miniPack()]).client, admin: createPackAdmin({ db: () => db }), permissions: { request: vi.fn(), remove: vi.fn() } }} initialTab="keys" />);
    await user.type(screen.getByLabelText('Public key'), 'ed25519:not-a-key');
    await user.click(screen.getByRole('button', { name: 'Trust this key' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/base64|32 bytes/);
    await user.clear(screen.getByLabelText('Public key'));
    await user.type(screen.getByLabelText('Name'), 'Lumen CS team');
    await user.type(screen.getByLabelText('Public key'), key.publicKey);
    await user.click(screen.getByRole('button', { name: 'Trust this key' }));
    await waitFor(async () => expect(await trustedKeysItem.getValue()).toEqual([expect.objectContaining({ publicKey: key.publicKey, keyId: key.keyId, label: 'Lumen CS team' })]));
    expect(await screen.findByText(key.keyId)).toBeTruthy();
  });
});
