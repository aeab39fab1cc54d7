/**
 * Find (Ctrl+F): a box over the canvas that lists the elements whose FQDN, name, share path or
 * data center contains what the planner types (renderer/model/find.ts). The arrow keys move
 * through the matches, Enter selects one and zooms to it, Escape closes the box and gives the
 * focus back to where it was.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findElements } from '../model/find.ts';
import type { FindMatch } from '../model/find.ts';
import { useEditor, useEditorStore } from '../state/context.tsx';
import { KindIcon } from './KindIcon.tsx';

export function FindBox({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // Where the focus was before the box opened, to give it back on Escape; taken at the first
  // render, before the box's field takes the focus.
  const [returnTo] = useState(() => document.activeElement);
  const matches = useMemo(() => findElements(design, query), [design, query]);

  useEffect(() => input.current?.focus(), []);

  const close = (focusBack: boolean) => {
    onClose();
    if (focusBack && returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
  };

  const choose = (match: FindMatch | undefined) => {
    if (!match) return;
    store.getState().select([match.id], { focus: true });
    close(false);
    // The found box takes the focus, so the arrow keys and Delete act on it next.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(match.id)}"]`)?.focus(),
    );
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + matches.length) % matches.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  const optionId = (i: number) => `find-match-${i}`;
  return (
    <div className="find-box" role="search" aria-label={t('find.title')} data-testid="find-box">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls="find-matches"
        aria-autocomplete="list"
        aria-activedescendant={matches.length > 0 ? optionId(active) : undefined}
        aria-label={t('find.title')}
        placeholder={t('find.placeholder')}
        data-testid="find-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Clicking a match moves the focus inside the box; anywhere else closes it.
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null)) onClose();
        }}
      />
      {query.trim() && (
        <p className="find-count" aria-live="polite">
          {matches.length === 0
            ? t('find.none', { query: query.trim() })
            : t('find.matches', { count: matches.length })}
        </p>
      )}
      {matches.length > 0 && (
        <ul id="find-matches" role="listbox" aria-label={t('find.title')} data-testid="find-matches">
          {matches.map((m, i) => (
            <li
              key={m.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              className={i === active ? 'is-active' : undefined}
              data-testid={`find-match-${m.id}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m)}
            >
              <KindIcon kind={m.kind} />
              <span className="find-label" title={m.label}>
                {m.label}
              </span>
              <span className="find-where">
                {t(`kinds.${m.kind}`)}
                {m.dataCenter ? ` · ${m.dataCenter}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
