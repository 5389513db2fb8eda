import { create } from 'zustand';

/** How long a toast stays, and so how long its Undo is offered. */
export const TOAST_MS = 10_000;

export interface Toast {
  id: number;
  /** Already translated: the toast is made where the words are known. */
  message: string;
  /** Offered while the toast shows; called once at most. */
  undo?: () => Promise<void> | void;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): number;
  close(id: number): void;
}

let nextId = 1;

/**
 * Short confirmations at the bottom of the window, each closing by itself after `TOAST_MS`, with
 * an Undo where the click can be regretted (a dismiss, a snooze). Newest last; at most three.
 */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show(toast) {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }].slice(-3) }));
    setTimeout(() => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })), TOAST_MS);
    return id;
  },
  close(id) {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
}));
