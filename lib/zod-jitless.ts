// Imported first by every module whose zod schemas reach the browser: zod's JIT compiles parsers with
// `new Function` and probes for it when a schema is created, which the site's CSP refuses (and reports).
import { z } from 'zod';

z.config({ jitless: true });
