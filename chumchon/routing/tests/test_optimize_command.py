import json
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chumchon.routing.toptw.feasibility import check_solution
from chumchon.routing.toptw.instance import read_instance

from .toptw_helpers import DATA, TINY, write


def optimize(*args):
    out, err = StringIO(), StringIO()
    call_command("optimize", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_json_output_is_one_object_with_score_tours_and_seconds():
    out, _ = optimize(DATA / "pr01.txt", "--tours", 2, "--time-limit", 0.5, "--json")
    result = json.loads(out)
    assert set(result) == {"score", "tours", "seconds"}
    assert isinstance(result["score"], int)
    assert len(result["tours"]) == 2
    assert 0 < result["seconds"] < 2
    check = check_solution(read_instance(DATA / "pr01.txt"), result["tours"], max_tours=2)
    assert check.feasible
    assert check.score == result["score"]


def test_progress_goes_to_stderr_and_never_to_stdout():
    out, err = optimize(DATA / "c101.txt", "--tours", 1, "--time-limit", 1.5, "--json")
    json.loads(out)  # nothing else on stdout
    assert "best score" in err


def test_the_same_seed_gives_the_same_json():
    args = (DATA / "50_c101.txt", "--tours", 3, "--time-limit", 30, "--iterations", 100)
    first, _ = optimize(*args, "--seed", 11, "--json")
    second, _ = optimize(*args, "--seed", 11, "--json")
    assert json.loads(first)["tours"] == json.loads(second)["tours"]
    assert json.loads(first)["score"] == json.loads(second)["score"]


def test_without_json_it_prints_a_readable_summary():
    out, _ = optimize(DATA / "c101.txt", "--tours", 1, "--time-limit", 0.5)
    assert out.startswith("c101: 100 points, Tmax 1236.0, 1 tour")
    assert "Score " in out
    assert "Tour 1: score " in out


def bad(tmp_path, text, *extra):
    path = write(tmp_path, text)
    with pytest.raises(CommandError) as caught:
        optimize(path, "--tours", 1, "--time-limit", 1, *extra)
    assert caught.value.returncode == 2
    return str(caught.value)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read the file") as caught:
        optimize(tmp_path / "nope.txt", "--tours", 1, "--time-limit", 1)
    assert caught.value.returncode == 2


def test_a_header_cut_short_is_a_clear_error(tmp_path):
    message = bad(tmp_path, "4 1 3 1\n")
    assert "line 1: the header has 4 of its 6 numbers" in message
    message = bad(tmp_path, TINY.replace("0 100\n", ""))
    assert "line 2: the header must be 6 numbers" in message
    assert "is a header number missing?" in message


def test_a_node_line_with_fewer_than_9_numbers_is_a_clear_error(tmp_path):
    message = bad(
        tmp_path, TINY.replace(" 2 6.00 8.00 10.00 20.00 1 1 1 20 60", " 2 6 8 10 20 1 20 60")
    )
    assert "line 5: node line has 8 numbers; at least 9 are needed" in message


def test_a_value_that_is_not_a_number_is_a_clear_error(tmp_path):
    message = bad(tmp_path, TINY.replace("3.00 4.00 10.00", "3.00 four 10.00"))
    assert "line 4: y (field 3) is 'four', not a number" in message
    message = bad(tmp_path, TINY.replace("4 1 3 1", "4 1 x 1"))
    assert "line 1: header number 3 is 'x', not a number" in message


def test_n_that_does_not_match_the_node_lines_is_a_clear_error(tmp_path):
    message = bad(tmp_path, TINY.replace("4 1 3 1", "4 1 5 1"))
    assert "the file has 4 node lines, but the header (line 1) says N = 5" in message
    message = bad(tmp_path, TINY.replace("4 1 3 1", "4 1 2 1"))
    assert "line 6: one node line too many: the header (line 1) says N = 2" in message


def test_a_negative_duration_is_a_clear_error(tmp_path):
    message = bad(tmp_path, TINY.replace("6.00 8.00 10.00", "6.00 8.00 -10.00"))
    assert "line 5: node 2 has a negative duration d = -10.00" in message


def test_a_window_that_opens_after_it_closes_is_a_clear_error(tmp_path):
    message = bad(tmp_path, TINY.replace("20 60", "60 20"))
    assert "line 5: node 2 has a window that opens after it closes: O = 60 > C = 20" in message


def test_nodes_out_of_order_are_a_clear_error(tmp_path):
    message = bad(tmp_path, TINY.replace(" 2 6.00", " 7 6.00"))
    assert "line 5: node id is 7" in message


@pytest.mark.parametrize(
    "option, value, expected",
    [
        ("--tours", "0", "--tours must be a whole number of at least 1, not '0'"),
        ("--tours", "two", "--tours must be a whole number of at least 1, not 'two'"),
        ("--time-limit", "0", "--time-limit must be a number of seconds more than 0"),
        ("--time-limit", "-3", "--time-limit must be a number of seconds more than 0"),
        ("--time-limit", "soon", "--time-limit must be a number of seconds more than 0"),
    ],
)
def test_bad_options_are_clear_errors(tmp_path, option, value, expected):
    args = {"--tours": "1", "--time-limit": "1", option: value}
    with pytest.raises(CommandError, match=expected) as caught:
        optimize(write(tmp_path, TINY), *[x for kv in args.items() for x in kv])
    assert caught.value.returncode == 2


def test_the_console_command_exits_with_2_and_no_traceback_on_a_bad_file(tmp_path):
    path = write(tmp_path, TINY.replace("20 60", "60 20"))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "chumchon",
            "optimize",
            str(path),
            "--tours",
            "1",
            "--time-limit",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert "line 5: node 2 has a window that opens after it closes" in run.stderr
    assert "Traceback" not in run.stderr
