// The lesson sidebar: a column on wide screens, a drawer behind a labelled button on phones.
'use client';
import { useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode } from 'react';

export function SidebarDrawer({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);

  // Scroll the outline (not the page) so the current lesson is visible: it sits deep in a long list.
  useEffect(() => {
    const panel = nav.current;
    const current = panel?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!panel || !current) return;
    const top = current.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    close.current?.focus({ preventScroll: true });
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    document.body.classList.add('drawer-open');
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.classList.remove('drawer-open');
    };
  }, [open]);

  function closeDrawer() {
    setOpen(false);
    toggle.current?.focus();
  }

  // Following a link closes the drawer (the next page starts with it closed anyway).
  function onNavClick(event: MouseEvent<HTMLElement>) {
    if ((event.target as HTMLElement).closest('a')) setOpen(false);
  }

  // Tabbing out of the open drawer closes it, so focus never lands on the page hidden behind the backdrop.
  function onNavBlur(event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget as Node | null;
    if (!open || !next || event.currentTarget.contains(next) || next === toggle.current) return;
    setOpen(false);
  }

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="course-nav"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="nav-toggle-icon">
          ☰
        </span>
        Course outline
      </button>
      {open ? <div className="drawer-backdrop" onClick={closeDrawer} aria-hidden="true" /> : null}
      <nav
        ref={nav}
        id="course-nav"
        aria-label="Course outline"
        className="sidebar"
        data-open={open}
        onClick={onNavClick}
        onBlur={onNavBlur}
      >
        <div className="sidebar-head">
          <p className="sidebar-title">Course outline</p>
          <button ref={close} type="button" className="nav-close" onClick={closeDrawer}>
            Close<span className="visually-hidden"> course outline</span>
          </button>
        </div>
        {children}
      </nav>
    </>
  );
}
