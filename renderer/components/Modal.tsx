/** A question the planner must answer before going on: a title, what it is about, and its buttons. */
import type { ReactNode } from 'react';
import { useRestoreFocus } from './use-restore-focus.ts';
import { keepTabInside } from './focus-trap.ts';

export function Modal(props: {
  id: string;
  testId: string;
  title: string;
  body: string;
  children: ReactNode;
  /** What Escape does: the answer that changes nothing (Cancel, Keep editing). */
  onCancel?: () => void;
}) {
  useRestoreFocus();
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-body`}
        data-testid={props.testId}
        onKeyDown={(e) => {
          keepTabInside(e);
          if (e.key !== 'Escape' || !props.onCancel) return;
          // Escape answers the question; it must not also clear the selection behind it.
          e.stopPropagation();
          props.onCancel();
        }}
      >
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <p id={`${props.id}-body`}>{props.body}</p>
        <div className="button-row">{props.children}</div>
      </div>
    </div>
  );
}
