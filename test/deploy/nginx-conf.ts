/**
 * A small reader of nginx configuration syntax, enough to check the deployment sample: it
 * splits the text into directives (`name args;`) and blocks (`name args { ... }`), honouring
 * comments and quotes. Not a full nginx parser (no variables or includes).
 */

/** One directive: its name, its arguments (quotes removed) and, for a block, its children. */
export interface Directive {
  name: string;
  args: string[];
  children?: Directive[];
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
    else if (c === "{" || c === "}" || c === ";") tokens.push(text[i++]!);
    else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote at ${i}`);
      tokens.push(text.slice(i + 1, end));
      i = end + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s{};#]/.test(text[j]!)) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

/** Parses nginx configuration text into its top-level directives. */
export function parseNginx(text: string): Directive[] {
  const tokens = tokenize(text);
  let pos = 0;
  const block = (closing: boolean): Directive[] => {
    const out: Directive[] = [];
    let words: string[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (t === ";") {
        if (!words.length) throw new Error("empty directive");
        out.push({ name: words[0]!, args: words.slice(1) });
        words = [];
      } else if (t === "{") {
        if (!words.length) throw new Error("block without a name");
        out.push({ name: words[0]!, args: words.slice(1), children: block(true) });
        words = [];
      } else if (t === "}") {
        if (!closing || words.length) throw new Error("unexpected }");
        return out;
      } else words.push(t);
    }
    if (closing || words.length) throw new Error("unexpected end of configuration");
    return out;
  };
  return block(false);
}

/** Every directive named `name` at any depth. */
export function findDirectives(tree: Directive[], name: string): Directive[] {
  return tree.flatMap((d) => [...(d.name === name ? [d] : []), ...findDirectives(d.children ?? [], name)]);
}
