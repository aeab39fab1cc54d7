/** Where Chromium is: the CLI's `report --pdf` looks in the same places (cli/chromium.ts). */
export { chromiumArgs, chromiumPath } from '../../../cli/chromium.ts';
