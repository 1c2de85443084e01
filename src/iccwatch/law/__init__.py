"""The law of cooperation as code: small pure rules over facts, each citing what it encodes."""

from iccwatch.law.party_status import PartyStatus, party_status
from iccwatch.law.reasoning import FactUsed, Step

__all__ = ["FactUsed", "PartyStatus", "Step", "party_status"]
