/**
 * MathML formulas keep their TeX source as `alttext`, MathML's own text alternative: the Markdown
 * copy writes it between dollar signs, as note apps read formulas. KaTeX and MathJax put the source
 * in an `<annotation>`, which must not reach the text: it would read twice ("eiπ+1=0e^{i\pi}+1=0").
 *
 * Works on the pipeline's clone only.
 */

const TEX = /^(?:application\/x-tex|text\/x-tex|tex)$/i;

export function keepFormulaSource(doc: Document): void {
  for (const math of Array.from(doc.getElementsByTagName('math'))) {
    for (const note of Array.from(math.querySelectorAll('annotation, annotation-xml'))) {
      const tex = TEX.test(note.getAttribute('encoding') ?? '') ? note.textContent?.trim() : '';
      if (tex && !math.hasAttribute('alttext')) math.setAttribute('alttext', tex);
      note.remove();
    }
  }
}
