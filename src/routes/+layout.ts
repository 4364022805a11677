import { setupI18n } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// A static single-page app: the browser is the runtime (architecture.md §1).
export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = async () => {
	await setupI18n();
};
