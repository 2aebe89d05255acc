"""The words for a serving ersättare (tjänstgörande ersättare) and the member they serve for, spelled once
for every reader that meets them: attendance lines and lists (`indexer.entities.attendance`,
`indexer.entities.inverted`), members named as not taking part (`indexer.entities.absence`), vote lists,
vote tables and their headers, and the general vote reader (`indexer.entities.votes`).

Minutes abbreviate the role every way ("tjänstgörande ersättare", "tjänstg. ers.", "tjg ers", "ers.") and
name the member served for after "ersätter", "tjänstgör för", "i stället för", "tjg ers för" or, right
after the ersättare's name and party, "för" alone.
"""

from __future__ import annotations

__all__ = ["REPLACES", "SERVES_FOR", "SUBSTITUTE"]

#: The serving ersättare's role: "tjänstgörande ersättare", "tjänstg. ers.", "tjg ers", "Tjg.ers.",
#: "ersättare", "ers.".
SUBSTITUTE = r"(?:(?:tjänstgörande|tjänstg\.?|tjg\.?)[ \t]*)?(?:ersättare|ers\b\.?)"
#: The words before the member a serving ersättare replaces: "ersätter", "tjänstgör för", "tjg för",
#: "i stället för", "istället för", "tjg ers för", "ersättare för".
REPLACES = (
    rf"(?:ersätter|(?:tjänstgör(?:ande)?|tjänstg\.?|tjg\.?)[ \t]+för|i[ \t]*stället[ \t]+för"
    rf"|{SUBSTITUTE}[ \t]+för)"
)
#: The same, or "för" alone after the ersättare's name and party ("Anna Ek (S) för Bo Berg (S)").
SERVES_FOR = rf"(?:{REPLACES}|för)"
