/** Small sources of bodies other than Kent's, shared by the tests that import them. */

/** A council system's agenda: items printed as "A1 Apologies and Substitutes", no list marks. */
export const WESFORD_PACK = `AGENDA

WESFORD POLICE AND CRIME PANEL

Notice is hereby given that a meeting of the WESFORD POLICE AND CRIME PANEL will be held in the Council Chamber, County Hall, Wesford on Wednesday, 18th November, 2026, at 10.00 am when the following business will be transacted

UNRESTRICTED ITEMS
(During these items the meeting is likely to be open to the public)

A - Committee Business

A1 Apologies and Substitutes
A2 Declarations of Interests by Members in Items on the Agenda for this Meeting
A3 Minutes of the meeting held on 23 September 2026 (Pages 3 - 8)
A4 Questions from members of the public

B - Commissioner's reports

B1 Police and Crime Plan refresh (Pages 9 - 14)

EXEMPT ITEMS

Sian Merrow
Head of Democratic Services

Tuesday, 10 November 2026

MINUTES of a meeting of the Wesford Police and Crime Panel held in the Council Chamber, County Hall, Wesford on Wednesday, 23 September 2026.

PRESENT: Cllr P Nandakumar (Chair) and Mrs H Brackley

17. Apologies and Substitutes
(Item A1)

There were no apologies.

From:    Tom Ashdown, Police and Crime Commissioner
To:      Wesford Police and Crime Panel
Subject: Police and Crime Plan refresh
Date:    18 November 2026

1. The Panel is asked to note the refreshed Plan.
`;

/** A committee's minutes, approving its last minutes in the usual council words. */
export const OSC_MINUTES = `OVERVIEW AND SCRUTINY COMMITTEE

MINUTES of a meeting of the Overview and Scrutiny Committee held in the Council Chamber, County Hall, Wesford on Tuesday, 3 March 2026.

PRESENT: Cllr A Brown (Chairman), Cllr B Green and Cllr C White

1. Apologies
(Item 1)

There were no apologies.

2. Minutes of the meeting held on 2 February 2026
(Item 3)

RESOLVED that the minutes of the meeting held on 2 February 2026 are correctly recorded and that they be signed by the Chairman.
`;
