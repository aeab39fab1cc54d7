/**
 * A toolbar menu as the WAI-ARIA menu button pattern has it: Enter, Space or ArrowDown opens it
 * on its first item (ArrowUp on its last), the arrow keys move round it, Home and End jump,
 * Escape closes it with focus back on the button, and Tab closes it and moves on. After a choice
 * focus returns to the button, unless the choice moved it somewhere itself (a dialog it opened).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  testId?: string;
  onChoose(): void | Promise<void>;
}

export function MenuButton(props: { label: ReactNode; testId?: string; items: readonly MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    const all = items();
    (initial === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [open, initial]);
  // A click anywhere else closes the menu, as a native menu does.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const openAt = (where: 'first' | 'last') => {
    setInitial(where);
    setOpen(true);
  };
  const closeToButton = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = async (item: MenuItem) => {
    closeToButton();
    await item.onChoose();
    // The choice may have opened a dialog that took focus; otherwise the button keeps it.
    if (document.activeElement === document.body) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt('last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      e.stopPropagation();
      all[(to + all.length) % all.length]?.focus();
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(all.length - 1);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        return closeToButton();
      case 'Tab':
        setOpen(false);
        return;
    }
  };

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={props.testId}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        {props.label}
      </button>
      {open && (
        <ul role="menu" id={menuId} ref={list} className="menu-list" onKeyDown={onMenuKey}>
          {props.items.map((item) => (
            <li key={item.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-testid={item.testId}
                onClick={() => void choose(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
