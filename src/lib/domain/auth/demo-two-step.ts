// The demo school's safeguarding lead and heads have two-step sign-in on, as the product
// requires, with this one published secret so anyone trying the demo can sign in: add it to
// an authenticator app, or read the code the demo's code page shows. Only demo accounts are
// seeded with it; a real account's secret is always random.
export const DEMO_TWO_STEP_SECRET = 'SAFECLASSROOMDEMOTWOSTEPSECRETAB';
