import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * When the operator last opened the notification centre. It is a mark on this window, not a
 * preference, so it stays in the window's own storage; without it every restart would announce
 * the same alerts as unread again.
 */
interface NotificationCentreState {
  seenAt: string | null;
  markSeen(at: string): void;
}

export const useNotificationCentre = create<NotificationCentreState>()(
  persist(
    (set) => ({
      seenAt: null,
      markSeen(at) {
        set({ seenAt: at });
      },
    }),
    {
      name: 'storepulse.notification-centre',
      storage: createJSONStorage(() => window.localStorage),
      partialize: (state) => ({ seenAt: state.seenAt }),
    },
  ),
);
