import { useEffect, useState } from 'react';

/** The current time, refreshed every minute so "since Tue 14:00" switches to a date when due. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
