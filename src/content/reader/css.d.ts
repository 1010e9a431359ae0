// Vite turns `?inline` CSS imports into the stylesheet's text (used inside the shadow root).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
