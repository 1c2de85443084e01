"""The law of cooperation as code: small pure rules over facts, each citing what it encodes."""

from iccwatch.law.arrest import arrest_obligation
from iccwatch.law.determination import Determination
from iccwatch.law.party_status import PartyStatus, party_status
from iccwatch.law.reasoning import FactUsed, Step

__all__ = ["Determination", "FactUsed", "PartyStatus", "Step", "arrest_obligation", "party_status"]
