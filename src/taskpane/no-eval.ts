/**
 * The pane's Content-Security-Policy has no 'unsafe-eval' (taskpane.html, deploy/). zod compiles
 * object schemas with `new Function` when it may, and to find out it tries once: a strict CSP
 * reports that try as a violation even though zod catches it (zod's own note on `jitless`).
 * `jitless` makes zod skip both. Imported first by the pages' entries.
 */
import { z } from "zod";

z.config({ jitless: true });
