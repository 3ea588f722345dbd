/**
 * A ref callback that moves focus to the element when it appears. For view changes inside a page (a
 * detail opened, a confirm step), where focus must follow the view; not for focus on page load.
 */
export const focusOnMount = (el: HTMLElement | null) => el?.focus();
