"""Demo content as plain data, one module per community (see FORMAT below).

Texts are `T(th, lo, en)`; places and households are referred to by slug and code.
Households and members are fictional; places are real, with approximate
coordinates flagged.
"""


def T(th: str, lo: str, en: str) -> dict[str, str]:  # noqa: N802 - reads like a literal
    return {"th": th, "lo": lo, "en": en}
