/** The add-in's version, from package.json, written in at build time by webpack's DefinePlugin. */
declare const CSC_ADDIN_VERSION: string;
