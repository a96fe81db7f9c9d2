/**
 * Region jumps have no setting: the jumps are actions and the skip link is there
 * on every page view (until 退出). The empty schema keeps the registry's two lists in step.
 */
export const regionsSettings = {} as const;
