export function setupBackground() {}
