// Types for eslint.boundaries.mjs (the import-boundary rules), so its test type-checks.
import type { Linter } from 'eslint';

export declare const importBoundaries: Linter.Config[];
