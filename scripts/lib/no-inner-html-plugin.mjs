// An esbuild plugin that removes the one `innerHTML` sink of our bundles: Preact's support for
// `dangerouslySetInnerHTML`, which ClaimLens never uses (page text is only ever rendered as text).
// Without it the extension pages contain no HTML-parsing assignment at all, which is what Mozilla's
// linter (web-ext lint, UNSAFE_VAR_ASSIGNMENT) and a reviewer look for. A Preact release that
// reshapes that line fails the build here instead of silently bringing the sink back.
import fs from 'node:fs';

const SINK = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;

/** The plugin: rewrites Preact's `dom.innerHTML = props.dangerouslySetInnerHTML.__html` into a throw. */
export const noInnerHtmlPlugin = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      const hits = code.match(SINK)?.length ?? 0;
      if (hits !== 1) return { errors: [{ text: `no-inner-html: expected 1 dangerouslySetInnerHTML sink in ${args.path}, found ${hits}` }] };
      return { contents: code.replace(SINK, '(()=>{throw new Error("ClaimLens: dangerouslySetInnerHTML is disabled")})()'), loader: 'js' };
    });
  },
};
