/** The little of `datapackage` (frictionlessdata/datapackage-js, CommonJS, no types) the tests use. */
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    read(options: { keyed: true; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
    getResource(name: string): Resource | null;
  }
}
