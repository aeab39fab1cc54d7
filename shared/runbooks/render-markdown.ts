/** The runbook for people: Markdown, every design value shown as code. */
import { render } from '../i18n/text.ts';
import type { Locale, Params, Text } from '../i18n/text.ts';
import type { RunbookDocument } from './document.ts';
import { mdBlock, mdCell, mdCode, mdText } from './markdown.ts';

const t = {
  before: { en: 'Before you start', es: 'Antes de empezar' },
  design: { en: 'This design', es: 'Este diseño' },
  value: { en: 'Value', es: 'Valor' },
  steps: { en: 'Steps', es: 'Pasos' },
  runOn: {
    en: 'T-SQL, on {instance} (the .sql file, section {id}):',
    es: 'T-SQL, en {instance} (archivo .sql, sección {id}):',
  },
  shell: { en: 'Lync Server Management Shell:', es: 'Shell de administración de Lync Server:' },
  optional: { en: 'optional', es: 'opcional' },
  notes: { en: 'Notes', es: 'Notas' },
  script: { en: 'Running the script', es: 'Ejecutar el script' },
  scriptText: {
    en: 'Start the .ps1 in the Lync Server Management Shell. Without -Execute it is a dry run (what-if): it shows every step and the command it would run, and changes nothing. With -Execute it asks before each step that changes state, and waits while you do the SSMS steps. Every value above is a parameter you can override, for example -MirrorFileShare.',
    es: 'Inicie el .ps1 en el Shell de administración de Lync Server. Sin -Execute es una simulación (what-if): muestra cada paso y el comando que ejecutaría, y no cambia nada. Con -Execute pregunta antes de cada paso que cambia el estado y espera mientras hace los pasos de SSMS. Cada valor de arriba es un parámetro que puede sustituir, por ejemplo -MirrorFileShare.',
  },
} satisfies Record<string, Text>;

/** Params as Markdown: text values become code spans, numbers stay numbers. */
function asCode(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? mdCode(v) : v]),
  );
}

export function renderMarkdown(doc: RunbookDocument, locale: Locale, fileBase: string): string {
  const p = asCode(doc.params);
  const r = (text: Text, params: Params = p) => render(text, params, locale);
  const out: string[] = [`# ${r(doc.title)}`, ''];
  for (const para of doc.intro) out.push(r(para), '');
  out.push(`## ${r(t.before)}`, '');
  for (const pre of doc.preconditions) out.push(`- ${r(pre)}`);
  out.push('', `## ${r(t.design)}`, '', `| | ${r(t.value)} |`, '| --- | --- |');
  for (const v of doc.values) out.push(`| ${mdText(r(v.label, {}))} | ${mdCell(v.value)} |`);
  out.push('', `## ${r(t.steps)}`, '');
  for (const step of doc.steps) {
    const rules = step.ruleIds.length > 0 ? `; ${step.ruleIds.join(', ')}` : '';
    const optional = step.optional ? `, ${r(t.optional)}` : '';
    out.push(
      `### ${step.id}. ${r(step.title)}`,
      '',
      `_${mdText(step.source)}${mdText(rules)}${mdText(optional)}_`,
      '',
    );
    for (const d of step.details) out.push(r(d), '');
    if (step.sql) {
      out.push(
        r(t.runOn, { instance: mdCode(step.sql.instance.label), id: step.id }),
        '',
        mdBlock('sql', step.sql.code),
        '',
      );
    }
    if (step.powershell) out.push(r(t.shell), '', mdBlock('powershell', step.powershell.command), '');
  }
  if (doc.notes.length > 0) {
    out.push(`## ${r(t.notes)}`, '');
    for (const n of doc.notes) out.push(`- ${r(n)}`);
    out.push('');
  }
  out.push(
    `## ${r(t.script)}`,
    '',
    r(t.scriptText),
    '',
    mdBlock('powershell', `.\\${fileBase}.ps1\n.\\${fileBase}.ps1 -Execute`),
    '',
  );
  return out.join('\n');
}
