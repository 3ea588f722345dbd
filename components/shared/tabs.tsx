/** ARIA tabs (roving focus, arrow keys, Home/End); panels are rendered by the caller with matching ids. */
import { useRef, type KeyboardEvent } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  badge?: number;
}

interface Props<T extends string> {
  label: string;
  tabs: TabSpec<T>[];
  value: T;
  onChange(id: T): void;
  orientation?: 'horizontal' | 'vertical';
}

export function Tabs<T extends string>({ label, tabs, value, onChange, orientation = 'horizontal' }: Props<T>) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const [forward, backward] = orientation === 'horizontal' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
    let target: number | null = null;
    if (e.key === forward || e.key === backward) target = (index + (e.key === forward ? 1 : -1) + tabs.length) % tabs.length;
    else if (e.key === 'Home') target = 0;
    else if (e.key === 'End') target = tabs.length - 1;
    if (target === null) return;
    e.preventDefault();
    onChange(tabs[target].id);
    refs.current[tabs[target].id]?.focus();
  };
  return (
    <div className={`tact-tabs tact-tabs--${orientation}`} role="tablist" aria-label={label} aria-orientation={orientation}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[tab.id] = el;
          }}
          type="button"
          role="tab"
          id={`tact-tab-${tab.id}`}
          aria-selected={tab.id === value}
          aria-controls={`tact-tabpanel-${tab.id}`}
          tabIndex={tab.id === value ? 0 : -1}
          className="tact-tab"
          onClick={() => onChange(tab.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.label}
          {tab.badge ? (
            <span className="tact-badge" aria-label={`(${tab.badge})`}>
              {tab.badge}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
