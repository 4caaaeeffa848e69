// Replaced at build time by vite.config.ts (`define`); MADOGUCHI_BUILD_ID=… overrides the package version.
declare const __MADOGUCHI_BUILD__: string | undefined;

/** The build's id, shown in the footer so a person (and the update test) can tell versions apart. */
export const BUILD_ID: string = typeof __MADOGUCHI_BUILD__ === 'string' ? __MADOGUCHI_BUILD__ : 'dev';
