/** esbuild's text loader: the file's contents as a string (scripts/build-web.mjs). */
declare module '*.graphql' {
  const text: string;
  export default text;
}
declare module '*.css';
