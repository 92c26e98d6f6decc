/**
 * The school calendar: London dates and times, calendar-date arithmetic, academic years and
 * UK formatting. The one place these rules live; term dates are each school's (curriculum).
 */
export * from './london-time';
export * from './dates';
export * from './academic-year';
