import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { keepFormulaSource } from '../../src/core/formulas';

/** A formula's TeX source moves from its annotation to `alttext`, out of the text. */

function formulas(body: string): Document {
  const doc = new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
  keepFormulaSource(doc);
  return doc;
}

describe('keepFormulaSource', () => {
  it("keeps KaTeX's TeX as alttext and drops the annotation, so the text reads the formula once", () => {
    const doc = formulas(
      '<p>So <math><semantics><mrow><mi>x</mi><mo>=</mo><mn>2</mn></mrow><annotation encoding="application/x-tex">x = 2</annotation></semantics></math>.</p>',
    );
    expect(doc.querySelector('math')?.getAttribute('alttext')).toBe('x = 2');
    expect(doc.body.textContent).toBe('So x=2.');
  });

  it('drops other annotations without taking them for TeX, and keeps an alttext the page gave', () => {
    const doc = formulas(
      '<math alttext="y"><semantics><mi>y</mi><annotation-xml encoding="MathML-Content"><ci>y</ci></annotation-xml><annotation encoding="application/x-tex">Y</annotation></semantics></math><math><semantics><mi>z</mi><annotation encoding="text/plain">zed</annotation></semantics></math>',
    );
    const [first, second] = Array.from(doc.querySelectorAll('math'));
    expect(first?.getAttribute('alttext')).toBe('y');
    expect(second?.hasAttribute('alttext')).toBe(false);
    expect(doc.body.textContent).toBe('yz');
  });
});
