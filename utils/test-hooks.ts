/**
 * Real-browser tests and the bench read what Tact detected from data-tact-* attributes and drive shortcuts
 * through a worker global. Test builds set WXT_TEST_HOOKS=1 (npm run build); the release build leaves it
 * unset, so the bundler folds this to false and drops every hook (a test greps the release bundle).
 */
export const TEST_HOOKS: boolean = import.meta.env.WXT_TEST_HOOKS === '1' || import.meta.env.MODE === 'test';
