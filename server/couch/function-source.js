/**
 * Turns a validation function of this folder into the text CouchDB stores in a design document:
 * the function's own source, anonymous, with its rules written in as a JSON literal. The
 * function starts with `var RULES = <name>;`, which is what gets replaced.
 * @param {Function} fn
 * @param {string} name the module constant the function reads its rules from
 * @param {unknown} rules
 */
export function functionSource(fn, name, rules) {
	const marker = `var RULES = ${name};`;
	const text = fn.toString();
	if (text.split(marker).length !== 2) throw new Error(`${fn.name} must start with "${marker}"`);
	return text
		.replace(marker, `var RULES = ${JSON.stringify(rules)};`)
		.replace(/^function [A-Za-z0-9_$]*\s*\(/, 'function (');
}

/**
 * The function CouchDB would get from a design document's text, for tests and the embedded
 * server's own checks: the text is evaluated alone, so it cannot reach this module's scope.
 * @param {string} source
 * @returns {(newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void}
 */
export function compileFunction(source) {
	return /** @type {any} */ (new Function(`return (${source});`)());
}

/**
 * A view's map function from its design document text, calling the given `emit` (the view
 * server's global in CouchDB), for tests.
 * @param {string} source @param {(key: unknown, value: unknown) => void} emit
 * @returns {(doc: unknown) => void}
 */
export function compileMap(source, emit) {
	return /** @type {any} */ (new Function('emit', `return (${source});`)(emit));
}
