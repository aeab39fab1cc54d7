/**
 * zod compiles object parsers with `new Function` unless told not to. The designer runs under a
 * CSP without 'unsafe-eval', so it must never try (the attempt alone is a CSP violation).
 * Imported first by main.tsx, before anything parses.
 */
import { z } from 'zod';

z.config({ jitless: true });
