"""Paths and small instance files for the TOPTW tests."""

from pathlib import Path

DATA = Path(__file__).parent / "data"  # copies of c101, 50_c101 and pr01 from the benchmark

# Righini & Salani's optimal c101 tour (score 320), as quoted in the benchmark's README.
C101_OPTIMAL = [57, 63, 62, 74, 93, 97, 12, 2, 21, 75]
C101_STARTS = [35.0, 171.0, 266.0, 359.0, 500.4, 595.4, 720.4, 835.4, 948.8, 1058.6]

# A tiny instance: depot and three points; Tmax 100.
TINY = """\
4 1 3 1
0 100
 0 0.00 0.00 0.00 0.00 0 0 0 100
 1 3.00 4.00 10.00 10.00 1 1 1 0 50
 2 6.00 8.00 10.00 20.00 1 1 1 20 60
 3 -3.00 -4.00 5.00 5.00 1 2 1 2 30 90
"""


def write(tmp_path: Path, text: str, name: str = "tiny.txt", newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("ascii"))
    return path
