/**
 * Rollup plugin for the bundle: squeezes the static text of Lit `css` templates in src/. Comments
 * go, runs of whitespace become one space, and the space beside `{ } ;` and after a `:` goes.
 * Quoted strings and `${…}` expressions are kept as written, and so is the space after a comma
 * (custom property values and var() fallbacks keep it as written). The browser reads the same rules
 * (test/bundle-styles.test.ts compares them). Anything unexpected (an unclosed string or comment,
 * an expression other than a plain name) fails the build rather than being guessed at.
 */
const CSS_IMPORT = /import\s*\{[^}]*\bcss\b[^}]*\}\s*from\s*'lit'/;

export function minifyCss() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !CSS_IMPORT.test(code)) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/** `code` with the text of each css`…` template squeezed. */
export function minifyCssTemplates(code) {
  const tag = /\bcss`/g;
  let out = '';
  let from = 0;
  for (let match; (match = tag.exec(code));) {
    let i = match.index + match[0].length;
    out += code.slice(from, i);
    let text = '';
    while (code[i] !== '`') {
      if (i >= code.length) throw new Error('minify-css: a css template is not closed');
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        const end = code.indexOf('}', i);
        if (!/^\$\{\s*[\w$.]+\s*\}$/.test(code.slice(i, end + 1))) {
          throw new Error(`minify-css: only plain names are expected in css templates: ${code.slice(i, i + 40)}`);
        }
        out += squeeze(text) + code.slice(i, end + 1);
        text = '';
        i = end + 1;
      } else {
        text += code[i++];
      }
    }
    out += squeeze(text);
    from = i;
    tag.lastIndex = i + 1;
  }
  return out + code.slice(from);
}

/** CSS text between expressions: strings verbatim, comments out, whitespace squeezed. */
function squeeze(text) {
  let out = '';
  let plain = '';
  const flush = () => {
    out += plain
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1')
      .replace(/: /g, ':');
    plain = '';
  };
  for (let i = 0; i < text.length;) {
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minify-css: a comment is not closed');
      plain += ' ';
      i = end + 2;
    } else if (text[i] === "'" || text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== text[i]) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) throw new Error('minify-css: a string is not closed');
      flush();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      plain += text[i++];
    }
  }
  flush();
  return out;
}
