"""Treaty dates of the Agreement on the Privileges and Immunities of the ICC (APIC) that follow from
its own final clause, art. 35 (UN Treaty Collection, chapter XVIII-13, which quotes it):

1. The Agreement enters into force thirty days after the deposit of the tenth instrument of
   ratification, acceptance, approval or accession (it did so on 22 July 2004).
2. For a State depositing after the tenth instrument, on the thirtieth day following its deposit.
"""

from __future__ import annotations

import datetime as dt

#: Art. 35(1): in force on 22 July 2004, thirty days after the tenth instrument (22 June 2004).
ENTRY_INTO_FORCE = dt.date(2004, 7, 22)
TENTH_INSTRUMENT_DEPOSITED = ENTRY_INTO_FORCE - dt.timedelta(days=30)


def apic_entry_into_force_for(deposited: dt.date) -> dt.date:
    """When the APIC enters into force for a State that deposited its instrument on ``deposited``."""
    if deposited <= TENTH_INSTRUMENT_DEPOSITED:
        return ENTRY_INTO_FORCE
    return deposited + dt.timedelta(days=30)
