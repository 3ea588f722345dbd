export function setupAssist(_ctx: unknown) {}
