/** The article's writing direction as an HTML `dir` value, or undefined to inherit. */
export function textDirection(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}
