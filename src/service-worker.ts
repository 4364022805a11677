/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline shell (architecture.md §1): every file of the build is precached, and every
 * navigation is answered with the app's page so deep links open offline. A new version waits
 * until the page asks it to take over (the "Tải lại" prompt).
 */
import { build, files, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

const APP_PAGE = '/';

precacheAndRoute([
	// Hashed build files never change under the same name.
	...build.map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	{ url: APP_PAGE, revision: version }
]);
cleanupOutdatedCaches();
// The first installation takes over the open page at once, so it works offline without a reload.
// Later versions wait for the officer (see the message handler below).
clientsClaim();

// The database lives under /db (architecture.md §6): never answer its requests with the app page.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL(APP_PAGE), { denylist: [/^\/db(\/|$)/, /^\/_/] })
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
