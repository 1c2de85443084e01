"""iccwatch: States' cooperation with the International Criminal Court, as a sourced record and as law."""

__version__ = "0.1.0"
