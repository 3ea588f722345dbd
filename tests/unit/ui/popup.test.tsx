import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/popup-app';
import { diffPacks } from '@/knowledge/pack-diff';
import { recordWhatsNew, whatsNewItem } from '@/knowledge/subscription-store';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/settings';
import { loadUsage } from '@/utils/usage';
import { fakeClient, miniPack, teamPack } from './helpers';

vi.setConfig({ testTimeout: 20_000 });

let writeText: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, agentName: 'Mia Chen', shopName: 'Lumen Leuchten', uiLanguage: 'en' });
});

function setup() {
  const { client } = fakeClient([miniPack(), teamPack('v1')]);
  const onFirstResults = vi.fn();
  const user = userEvent.setup();
  // After userEvent.setup(), which installs its own clipboard stub.
  writeText = vi.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<PopupApp client={client} onFirstResults={onFirstResults} />);
  return { client, onFirstResults, user };
}

describe('popup search', () => {
  it('is keyboard-first: results as a listbox, arrows move, Enter copies the template filled from settings', async () => {
    const { user, onFirstResults } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search the knowledge base' });
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(onFirstResults).toHaveBeenCalledTimes(1));
    await user.type(box, 'Glasschirm');
    const list = await screen.findByRole('listbox', { name: 'Results' });
    await waitFor(() => expect(within(list).getAllByRole('option')[0].dataset.entryId).toBe('team.lumen.damaged_item.amazon.glass-shade'));
    const options = within(list).getAllByRole('option');
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    if (options.length > 1) {
      await user.keyboard('{ArrowDown}');
      expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
      await user.keyboard('{ArrowUp}');
    }
    await user.keyboard('{Enter}');
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0][0] as string;
    expect(text).toMatch(/^Hello \[buyer_name\],/);
    expect(text).toContain('Mia Chen\nLumen Leuchten');
    expect(await screen.findByText(/Copied “Broken glass shade/)).toBeTruthy();
    const [event] = await loadUsage();
    expect(event).toMatchObject({ templateId: 'team.lumen.damaged_item.amazon.glass-shade', packId: 'lumen-team', intent: 'damaged_item', language: 'en', action: 'copy', surface: 'popup' });
    expect(JSON.stringify(event)).not.toContain('Mia');
  });

  it('filters by facets and copies the variant in the chosen language', async () => {
    const { user, client } = setup();
    await user.click(screen.getByText('Filters', { selector: 'summary' }));
    await user.selectOptions(screen.getByLabelText('Kind'), 'template');
    await user.selectOptions(screen.getByLabelText('Language'), 'de');
    await waitFor(() => expect(client.search).toHaveBeenLastCalledWith(expect.objectContaining({ filters: { kind: ['template'], language: 'de' } })));
    const box = screen.getByRole('searchbox');
    await user.type(box, 'Glas');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .every((o) => o.dataset.kind === 'template'),
      ).toBe(true),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0][0]).toMatch(/^Guten Tag \[buyer_name\],/);
  });

  it('Shift+Enter opens an entry with the overlay cards; Back returns to the results', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'Gewährleistung');
    await screen.findByRole('listbox');
    await waitFor(() => expect(screen.getAllByRole('option').some((o) => o.dataset.entryId === 'team.lumen.tip.de.gewaehrleistung')).toBe(true));
    const index = screen.getAllByRole('option').findIndex((o) => o.dataset.entryId === 'team.lumen.tip.de.gewaehrleistung');
    for (let i = 0; i < index; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const detail = await screen.findByRole('article');
    expect(within(detail).getByText(/§ 477 BGB/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Back to results/ }));
    expect(await screen.findByRole('searchbox')).toBeTruthy();
  });

  it('says when nothing matches', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'qqqzzzxxy');
    expect(await screen.findByText(/Nothing found/)).toBeTruthy();
  });
});

describe("popup: paste the buyer's message", () => {
  it('detects through the background and shows the overlay components; the main action copies and logs usage', async () => {
    const { user, client } = setup();
    await user.click(screen.getByRole('tab', { name: "Buyer's message" }));
    await user.type(screen.getByLabelText("Paste the buyer's message"), 'Das Glas ist zerbrochen angekommen.');
    await user.click(screen.getByRole('button', { name: 'Suggest' }));
    await waitFor(() => expect(client.suggest).toHaveBeenCalled());
    expect(client.suggest.mock.calls[0][0].conversation.messages).toEqual([{ from: 'buyer', text: 'Das Glas ist zerbrochen angekommen.' }]);
    const template = await screen.findByText('Broken glass shade: free replacement shade, no return needed');
    const item = template.closest('li')!;
    expect(item.dataset.language).toBe('de');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Copy reply' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0][0]).toContain('Mia Chen');
    expect((await loadUsage())[0]).toMatchObject({ templateId: 'team.lumen.damaged_item.amazon.glass-shade', country: 'DE', marketplace: 'amazon', surface: 'popup' });
  });

  it('re-asks with the agent’s correction when a detection chip is changed', async () => {
    const { user, client } = setup();
    await user.click(screen.getByRole('tab', { name: "Buyer's message" }));
    await user.type(screen.getByLabelText("Paste the buyer's message"), 'Die Lampe flackert.');
    await user.click(screen.getByRole('button', { name: 'Suggest' }));
    const intent = await screen.findByRole('combobox', { name: 'Intent' });
    await user.selectOptions(intent, 'quality_defect');
    await waitFor(() => expect(client.suggest).toHaveBeenLastCalledWith(expect.objectContaining({ overrides: { intent: 'quality_defect' } })));
  });
});

describe("popup: what's new", () => {
  it('shows the unseen count, marks changes seen when opened, and opens an added entry', async () => {
    await recordWhatsNew({ ...diffPacks(null, teamPack('v1')), at: Date.now(), reason: 'installed', source: 'url', notes: [] });
    const { user } = setup();
    const tab = await screen.findByRole('tab', { name: /What's new/ });
    await waitFor(() => expect(within(tab).getByText('1')).toBeTruthy());
    await user.click(tab);
    expect(screen.getByText('3 added')).toBeTruthy();
    await waitFor(async () => expect((await whatsNewItem.getValue())[0].seen).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Broken glass shade: free replacement shade, no return needed' }));
    expect(await screen.findByRole('article')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
  });
});

describe('popup language', () => {
  it('follows the UI language setting', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'zh' });
    setup();
    expect(await screen.findByRole('tab', { name: '买家消息' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索知识库' })).toBeTruthy();
  });
});
