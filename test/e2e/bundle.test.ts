import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// dist/recover.cjs, made by `npm run build` (build/bundle.mjs), which `npm test` runs first.
const bundle = readFileSync(new URL('../../dist/recover.cjs', import.meta.url), 'latin1');

describe('the bundle bin/recover loads', () => {
  it("hands commander a child_process that reaches Node's own when used, not itself", () => {
    // The stand-in once resolved its own require to itself: any use would have recursed without end.
    expect(bundle).toMatch(/new Proxy\(\{\},\{get:\(_,key\)=>require\("node:child_process"\)\[key\]\}\)/);
  });

  it('loads better-sqlite3 addon by its path, without the bindings package', () => {
    expect(bundle).toContain("require(require.resolve(\"better-sqlite3/build/Release/\"+name))");
    expect(bundle).not.toContain('node_modules/bindings/');
  });

  it("measures table cells with build/string-width.cjs, which falls back on string-width itself", () => {
    expect(bundle).toMatch(/"ascii-width:ascii-width"\(exports2?,module2?\)\{"use strict";var stringWidth=require_string_width\(\)/);
    expect(bundle.match(/require_ascii_width\(\)/g)?.length, 'cli-table3, wrap-ansi and cli-progress each take it').toBe(3);
  });
});
