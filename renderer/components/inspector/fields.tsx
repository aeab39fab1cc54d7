/**
 * Inspector fields. Text and number fields keep what the planner types as a draft, check it on
 * every keystroke with the model's own value checks, and write it to the design only when it is
 * valid (on Enter or when the field loses focus); Escape restores the design's value. While the
 * draft lives in the field, Ctrl/Cmd+Z is the field's own text undo.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueProblem } from '../../../shared/model/values.ts';
import { problemText } from '../../i18n/value-problems.ts';

type Check<T> = (value: T) => ValueProblem | null;

/** Enter writes the draft to the design; Escape drops it and leaves the field. */
function draftKeys(commit: () => void, discard: () => void) {
  return (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      discard();
      e.currentTarget.blur();
    }
  };
}

function FieldShell(props: {
  id: string;
  label: string;
  field: string;
  problem: ValueProblem | null;
  hint?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const p = props.problem ? problemText(props.problem) : null;
  return (
    <div className={`field${p ? ' has-problem' : ''}`} data-field={props.field}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {p && (
        <p
          className="field-problem"
          id={`${props.id}-problem`}
          role="alert"
          data-testid={`problem-${props.field}`}
        >
          {t('problems.format', { field: props.label, problem: t(p.key, p.params) })}
        </p>
      )}
      {!p && props.hint && <p className="field-hint">{props.hint}</p>}
    </div>
  );
}

export function TextField(props: {
  field: string;
  label: string;
  value: string;
  check?: Check<string>;
  hint?: string;
  multiline?: boolean;
  onCommit(value: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? props.value;
  const problem = props.check ? props.check(shown) : null;
  const commit = () => {
    if (draft === null) return;
    if (problem) return; // an invalid value stays in the field, with its message, and out of the design
    setDraft(null);
    if (draft !== props.value) props.onCommit(draft);
  };
  const common = {
    id,
    value: shown,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    'data-testid': `field-${props.field}`,
    onBlur: commit,
  };
  return (
    <FieldShell id={id} label={props.label} field={props.field} problem={problem} hint={props.hint}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={draftKeys(commit, () => setDraft(null))}
        />
      )}
    </FieldShell>
  );
}

/** A number, or (with `optional`) nothing; the text is kept as typed until it is valid. */
export function NumberField(props: {
  field: string;
  label: string;
  value: number | null;
  check?: Check<number>;
  optional?: boolean;
  unit?: string;
  onCommit(value: number | null): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (props.value === null ? '' : String(props.value));
  const trimmed = shown.trim();
  const parsed = trimmed === '' ? null : Number(trimmed);
  let problem: ValueProblem | null = null;
  if (parsed === null) problem = props.optional ? null : { code: 'empty', params: {} };
  else if (Number.isNaN(parsed)) problem = { code: 'notNumber', params: {} };
  else if (props.check) problem = props.check(parsed);
  const commit = () => {
    if (draft === null || problem) return;
    setDraft(null);
    if (parsed !== props.value) props.onCommit(parsed);
  };
  return (
    <FieldShell id={id} label={props.label} field={props.field} problem={problem} hint={props.unit}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={shown}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        data-testid={`field-${props.field}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={draftKeys(commit, () => setDraft(null))}
      />
    </FieldShell>
  );
}

/** A small choice shown as buttons, so it is one click with the mouse and arrow keys with the keyboard. */
export function Choice<T extends string>(props: {
  field: string;
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  const id = useId();
  const move = (from: number, step: number) => {
    const n = props.options.length;
    const next = props.options[(from + step + n) % n];
    if (next) props.onChange(next.value);
  };
  return (
    <div className="field" data-field={props.field}>
      <span className="label" id={id}>
        {props.label}
      </span>
      <div className="choice" role="radiogroup" aria-labelledby={id} data-testid={`field-${props.field}`}>
        {props.options.map((o, i) => {
          const checked = o.value === props.value;
          return (
            <button
              key={o.value}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked || (props.value === null && i === 0) ? 0 : -1}
              className={checked ? 'is-checked' : ''}
              data-value={o.value}
              onClick={() => props.onChange(o.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(i, 1);
                else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(i, -1);
                else return;
                e.preventDefault();
              }}
            >
              {o.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}

export function Toggle(props: {
  field: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="field field-toggle" data-field={props.field}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        data-testid={`field-${props.field}`}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** A reference to another element, by its planner's name. */
export function Reference(props: {
  field: string;
  label: string;
  value: string | null;
  options: readonly { id: string; label: string }[];
  noneLabel: string;
  onChange(value: string | null): void;
}) {
  const id = useId();
  const dangling = props.value !== null && !props.options.some((o) => o.id === props.value);
  return (
    <div className="field" data-field={props.field}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        data-testid={`field-${props.field}`}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{props.noneLabel}</option>
        {dangling && <option value={props.value!}>{props.value}</option>}
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
