/** What the options page needs from the outside world, injectable so component tests run against fakes. */
import { browser } from 'wxt/browser';
import { TactDb } from '@/knowledge/db';
import type { PackAdmin } from '@/knowledge/pack-admin';
import { createExtensionClient, createPackAdminClient, type KnowledgeClient } from '@/components/shared/knowledge-client';

export interface PermissionsApi {
  /** Must be called synchronously inside the click handler: Chrome only prompts during a user gesture. */
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

export interface OptionsDeps {
  /** Read only (live lists); every change goes through `admin`. */
  db: TactDb;
  client: KnowledgeClient;
  admin: PackAdmin;
  permissions: PermissionsApi;
}

export function extensionDeps(): OptionsDeps {
  return {
    db: new TactDb(),
    client: createExtensionClient(),
    admin: createPackAdminClient(),
    permissions: {
      request: (origins) => browser.permissions.request({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
    },
  };
}
