/**
 * The frame of a dialog that asks for choices (Connect, Export picture): a modal form over the
 * page, Tab kept inside it, Enter submitting it and Escape cancelling it without reaching the
 * canvas behind. Modal.tsx is the frame of a yes/no question; this one holds fields.
 */
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { keepTabInside } from './focus-trap.ts';

export function FormDialog(props: {
  /** Names the dialog: its title's id is `${id}-title`. */
  id: string;
  className: string;
  testId: string;
  title: ReactNode;
  onSubmit: (e: FormEvent) => void;
  /** What Escape does: the answer that changes nothing. */
  onCancel: () => void;
  children: ReactNode;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    keepTabInside(e);
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    props.onCancel();
  };
  return (
    <div className="modal-backdrop">
      <form
        className={`modal ${props.className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${props.id}-title`}
        data-testid={props.testId}
        onSubmit={props.onSubmit}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.children}
      </form>
    </div>
  );
}
