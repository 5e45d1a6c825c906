/**
 * Focus never falls to the page. When the control that had focus unmounts (a picker that has
 * done its job, a set-up card once the workbook is set up) or is disabled mid-task, the browser
 * moves focus to `<body>`, and a keyboard or screen-reader user is thrown back to the top of the
 * pane with nothing said (WCAG 2.2 SC 2.4.3 Focus Order). This hook watches one part of the pane
 * and, when focus left it that way, hands it to the part's next sensible control, which the
 * caller names: a result that has just appeared, else the part's main button.
 *
 * It acts only when the element that last had focus inside `root` is gone or disabled and
 * nothing else has focus, so a click elsewhere (the grid, another window) is left alone.
 * Chrome moves focus off a removed element without a blur event (the HTML "focusing steps"
 * fix-up), so the check runs after every render as well as after a blur.
 */
import { type RefObject, useCallback, useEffect, useRef } from "react";

/** True when `el` can no longer hold focus: removed from the page, or disabled. */
function gone(el: Element): boolean {
  return !el.isConnected || el.matches(":disabled");
}

/** Keeps focus inside `root`: see the module comment. `fallback` picks where it goes. */
export function useFocusRescue(
  root: RefObject<HTMLElement | null>,
  fallback: (root: HTMLElement) => HTMLElement | null | undefined,
): void {
  const last = useRef<Element | null>(null);
  const pick = useRef(fallback);
  pick.current = fallback;

  const rescue = useCallback(() => {
    const el = root.current;
    const had = last.current;
    if (!el || !had || !gone(had)) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== had) return;
    const target = pick.current(el);
    if (target && target.isConnected) {
      last.current = target;
      target.focus();
    }
  }, [root]);

  useEffect(() => {
    const onIn = (e: FocusEvent): void => {
      const el = root.current;
      last.current = el && e.target instanceof Element && el.contains(e.target) ? e.target : null;
    };
    const onOut = (): void => {
      setTimeout(rescue, 0);
    };
    document.addEventListener("focusin", onIn);
    const el = root.current;
    el?.addEventListener("focusout", onOut);
    return () => {
      document.removeEventListener("focusin", onIn);
      el?.removeEventListener("focusout", onOut);
    };
  }, [root, rescue]);

  // After every render: a control that unmounted in it left focus on <body> without a blur.
  useEffect(() => {
    rescue();
    const t = setTimeout(rescue, 0);
    return () => clearTimeout(t);
  });
}

/**
 * The usual fallback: the newest result that asked for focus (`data-focus-result`, a message
 * with tabIndex -1), else the part's main button (`data-focus-home`).
 */
export function resultOrHome(root: HTMLElement): HTMLElement | null {
  const results = root.querySelectorAll<HTMLElement>("[data-focus-result]");
  return results.item(results.length - 1) ?? root.querySelector<HTMLElement>("[data-focus-home]");
}
