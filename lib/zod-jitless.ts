// Imported first by every module whose zod schemas reach the browser: zod's JIT compiles parsers with
// `new Function` and probes for it when a schema is created, which the site's CSP refuses (and reports).
// The schemas use zod/mini (the same package; a fraction of the classic API's bytes), which ships no messages
// of its own: zod's English texts are set here, once, as the classic API would.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config({ jitless: true, ...en() });
