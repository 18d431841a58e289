import ts from 'typescript';

/** Three or more whitespace-separated words of two letters or more: a sentence or a phrase for a reader. */
export const isWords = (text: string): boolean => text.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length >= 3;

/** Where words are allowed in a folder's sources: besides throw lines, which always are. */
export interface WordsAllowed {
  /** Errors built with new X(...), worded by the error catalogue. */
  errorClasses: ReadonlySet<string>;
  /** Any other place a literal of words is fine, for a reason the caller gives. */
  place?: (at: ts.Node, file: string) => boolean;
}

function allowed(node: ts.Node, file: string, rules: WordsAllowed): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isThrowStatement(at)) return true;
    if (ts.isNewExpression(at) && ts.isIdentifier(at.expression) && rules.errorClasses.has(at.expression.text)) return true;
    if (rules.place?.(at, file)) return true;
  }
  return false;
}

/** Every literal of words in a source text, as "file:line: text", outside the allowed places. */
export function wordsIn(file: string, source: string, rules: WordsAllowed): string[] {
  const root = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' X ');
    if (text !== null && isWords(text) && !allowed(node, file, rules)) {
      found.push(`${file}:${root.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}
