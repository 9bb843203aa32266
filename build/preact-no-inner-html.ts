import type { Plugin } from 'vite';

/**
 * Preact sets `innerHTML` from `dangerouslySetInnerHTML`; the extension never renders HTML strings (its UI sits
 * on Okta's pages and holds a credential), and Mozilla's linter warns about that assignment in every bundle
 * with Preact. This build removes the branch: a `dangerouslySetInnerHTML` throws instead of parsing HTML, and
 * `web-ext lint` reports no warnings (`npm run release:check`). If Preact's code changes shape, the build
 * stops here rather than shipping the branch unnoticed.
 */
const ASSIGNMENT = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'ola:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      const matches = code.match(ASSIGNMENT) ?? [];
      if (matches.length !== 1) {
        throw new Error(`Preact's innerHTML assignment not found once in ${id} (found ${matches.length}).`);
      }
      return {
        code: code.replace(
          ASSIGNMENT,
          '(()=>{throw new TypeError("dangerouslySetInnerHTML is not supported")})()',
        ),
        map: null,
      };
    },
  };
}
