/**
 * Serves the built single-page app: hashed files under /_app/immutable are cached for a year,
 * everything else (the page, the service worker, the manifest) is revalidated on every request
 * so a new deployment is seen at once; unknown paths get the app page (deep links).
 */
import sirv from 'sirv';

/** @param {string} dir the adapter-static output folder */
export function staticApp(dir) {
	return sirv(dir, {
		single: true,
		etag: true,
		gzip: false,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			} else {
				res.setHeader('Cache-Control', 'no-cache');
			}
			if (pathname === '/service-worker.js') res.setHeader('Service-Worker-Allowed', '/');
			res.setHeader('X-Content-Type-Options', 'nosniff');
		}
	});
}
