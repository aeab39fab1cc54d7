/** References (DSN-001, DSN-002): every reference points at an element of the right kind. */
import type { ElementKind } from '../../../model/types.ts';
import { clearReference, referenceFields, referencesOf } from '../../../model/references.ts';
import type { Text } from '../../../i18n/text.ts';
import { messagesFor } from '../../messages.ts';
import { defineRule } from '../../types.ts';
import { SOURCE } from './source.ts';

type Words = Text;

/** What each kind of element is called, with its indefinite article. */
const aKind: Record<ElementKind, Words> = {
  dataCenter: { en: 'a data center', es: 'un centro de datos' },
  frontEndPool: { en: 'a Front End pool', es: 'un grupo front-end' },
  pool: { en: 'a Persistent Chat pool', es: 'un grupo de Chat persistente' },
  server: { en: 'a Persistent Chat server', es: 'un servidor de Chat persistente' },
  sqlInstance: { en: 'a SQL Server instance', es: 'una instancia de SQL Server' },
  fileStore: { en: 'a file store', es: 'un almacén de archivos' },
  share: { en: 'a share', es: 'un recurso compartido' },
};

const clearMessages = messagesFor('clear', referenceFields, (f) => ({
  en: `Clear the ${f.name.en} of {owner}`,
  es: `Quitar el ${f.name.es} de {owner}`,
}));

export const dsn001 = defineRule({
  id: 'DSN-001',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every reference in the design points to an element that exists.',
    es: 'Toda referencia del diseño apunta a un elemento que existe.',
  },
  messages: {
    ...messagesFor('dangling', referenceFields, (f) => ({
      en: `The ${f.name.en} of {owner} refers to "{target}", which is not in the design.`,
      es: `El ${f.name.es} de {owner} hace referencia a «{target}», que no está en el diseño.`,
    })),
    ...clearMessages,
  },
  check({ design, index, report }) {
    for (const ref of referencesOf(design)) {
      if (index.byId.has(ref.target)) continue;
      report({
        message: `dangling.${ref.field}`,
        params: { owner: index.label(ref.owner), target: ref.target },
        elements: [ref.owner],
        fix: { title: `clear.${ref.field}`, apply: (d) => clearReference(d, ref) },
      });
    }
  },
});

export const dsn002 = defineRule({
  id: 'DSN-002',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every reference points to an element of the right kind.',
    es: 'Toda referencia apunta a un elemento del tipo correcto.',
  },
  messages: {
    ...messagesFor('wrongKind', referenceFields, (f) => ({
      en: `The ${f.name.en} of {owner} refers to {target}, which is not ${aKind[f.expects].en}.`,
      es: `El ${f.name.es} de {owner} hace referencia a {target}, que no es ${aKind[f.expects].es}.`,
    })),
    ...clearMessages,
  },
  check({ design, index, report }) {
    for (const ref of referencesOf(design)) {
      const hit = index.byId.get(ref.target);
      if (!hit || hit.kind === ref.expects) continue;
      report({
        message: `wrongKind.${ref.field}`,
        params: { owner: index.label(ref.owner), target: index.label(ref.target) },
        elements: [ref.owner, ref.target],
        fix: { title: `clear.${ref.field}`, apply: (d) => clearReference(d, ref) },
      });
    }
  },
});
