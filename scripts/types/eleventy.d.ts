// Eleventy ships no type declarations for its default export; this covers the APIs the render stage uses, all documented but one (marked).
declare module "@11ty/eleventy" {
  /** The configuration API (https://www.11ty.dev/docs/config/), the part this project calls. */
  export interface EleventyConfig {
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, filter: (this: unknown, ...args: never[]) => unknown): void;
    getFilter(name: string): unknown;
    addPlugin<Options>(plugin: (eleventyConfig: EleventyConfig, options: Options) => void, options: Options): void;
    setLibrary(language: string, library: unknown): void;
    addExtension(extension: string, options: { compileOptions?: { permalink?: boolean }; compile(source: string, inputPath: string): (data: object) => Promise<string> }): void;
    setQuietMode(quiet: boolean): void;
    /** Not on 11ty.dev: a UserConfig method (scripts/render/render-caches.ts says why it is used, docs/performance.md what it buys). */
    setUseTemplateCache(use: boolean): void;
    /** https://www.11ty.dev/docs/config-preprocessors/: returning false leaves the template out. */
    addPreprocessor(name: string, fileExtensions: string, callback: (data: never, content: string) => string | false | undefined): void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string; pathPrefix?: string; config?: (eleventyConfig: EleventyConfig) => void });
    write(): Promise<unknown>;
  }
}
