"""The field table of each import kind, one module per kind as in ``kinds/`` (traffic
and ad spend share ``daily``), all built from ``common`` (the ``Field`` type and the
header texts several kinds share).

``exchange.fields`` assembles the tables into ``KINDS`` and is what the rest of the
code imports; they live here so that each kind's fields read on their own. The
contract in ``fields.py`` holds for every table: ids are never renamed or reordered,
new fields go at the end.
"""
