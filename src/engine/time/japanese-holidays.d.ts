// The package ships no types; only what holidays.ts calls is declared.
declare module 'japanese-holidays' {
  /** One holiday of a year, as the library computes it (month 1–12). */
  interface JapaneseHoliday {
    month: number;
    date: number;
    name: string;
  }
  const JapaneseHolidays: {
    /** Holidays of a year, with 振替休日 unless `furikae` is false; sorted by date. */
    getHolidaysOf(year: number, furikae?: boolean): JapaneseHoliday[];
  };
  export default JapaneseHolidays;
}
