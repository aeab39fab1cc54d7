/** The command table: adding a command is one import and one entry here. */
import type { Command } from '../command.ts';
import { arrangeCommand } from './arrange.ts';
import { exportCommand } from './export.ts';
import { failuresCommand } from './failures.ts';
import { importCommand } from './import.ts';
import { pictureCommand } from './picture.ts';
import { reportCommand } from './report.ts';
import { rulesCommand } from './rules.ts';
import { runbookCommand } from './runbook.ts';
import { simulateCommand } from './simulate.ts';
import { validateCommand } from './validate.ts';

export const commands: readonly Command[] = [
  validateCommand,
  rulesCommand,
  simulateCommand,
  failuresCommand,
  runbookCommand,
  reportCommand,
  pictureCommand,
  exportCommand,
  importCommand,
  arrangeCommand,
];
