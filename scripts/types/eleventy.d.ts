// Eleventy ships no type declarations; this covers the programmatic API the render stage uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string; pathPrefix?: string; config?: (eleventyConfig: any) => void });
    write(): Promise<unknown>;
  }
}
