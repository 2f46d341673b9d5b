// The bundle's css templates are squeezed at build time (.ci/minify-css.mjs): the browser must
// read the same rules from them as from the source.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { styles } from '../src/cocir-timeline.styles.js';
import { a11yStyles } from '../src/ui/a11y.styles.js';
import { dataStateStyles } from '../src/ui/data-state.styles.js';
import { exportMenuStyles } from '../src/ui/export-menu.styles.js';
import { legendStyles } from '../src/ui/legend.styles.js';
import { printStyles } from '../src/ui/print.styles.js';

type BundleModule = typeof import('../src/index.js');

/** The rules as the browser parsed and serializes them, one sheet per entry. */
const rules = (results: readonly CSSResult[]) =>
  results.map((result) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(result.cssText);
    return [...sheet.cssRules].map((rule) => rule.cssText);
  });

describe('the bundle’s minified styles', () => {
  it('should parse to the same rules as the source styles, and be shorter', async () => {
    const bundle = '/dist/cocir-timeline.js';
    const { CocirTimeline } = (await import(/* @vite-ignore */ bundle)) as BundleModule;
    const bundled = CocirTimeline.elementStyles as CSSResult[];
    // In the element's order (src/cocir-timeline.ts): print last, over the themes.
    const source = [styles, legendStyles, exportMenuStyles, dataStateStyles, a11yStyles, printStyles];
    expect(rules(bundled)).to.deep.equal(rules(source));
    expect(rules(source).flat()).to.have.length.above(100);
    const length = (results: readonly CSSResult[]) => results.reduce((n, r) => n + r.cssText.length, 0);
    expect(length(bundled)).to.be.below(length(source) * 0.8);
  });
});
