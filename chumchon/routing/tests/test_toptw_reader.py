from chumchon.routing.toptw.instance import decimals_for, read_instance

from .toptw_helpers import DATA, TINY, write


def test_it_reads_the_lf_file_50_c101():
    instance = read_instance(DATA / "50_c101.txt")
    assert instance.name == "50_c101"
    assert instance.n == 50
    assert instance.scale == 10
    assert instance.tmax == 12360  # 1236, in tenths
    assert (instance.service[1], instance.score[1]) == (900, 10)
    assert (instance.open[1], instance.close[1]) == (9120, 9670)


def test_it_reads_the_crlf_file_pr01_with_two_decimals():
    assert b"\r\n" in (DATA / "pr01.txt").read_bytes()
    instance = read_instance(DATA / "pr01.txt")
    assert instance.n == 48
    assert instance.scale == 100
    assert instance.tmax == 100_000
    # node 1: `1 -29.730 64.136 2 12 4 1 15 354 509`: one code, window read from the end
    assert (instance.service[1], instance.score[1]) == (200, 12)
    assert (instance.open[1], instance.close[1]) == (35_400, 50_900)


def test_crlf_and_lf_versions_of_a_file_read_the_same(tmp_path):
    lf = read_instance(write(tmp_path, TINY, "lf.txt"))
    crlf = read_instance(write(tmp_path, TINY, "crlf.txt", newline="\r\n"))
    assert lf.travel == crlf.travel
    assert (lf.service, lf.score, lf.open, lf.close) == (
        crlf.service,
        crlf.score,
        crlf.open,
        crlf.close,
    )


def test_a_header_split_differently_over_two_lines_reads_the_same(tmp_path):
    # c204-style: the six header numbers are not laid out as `k v N t` / `D Q`.
    split = TINY.replace("4 1 3 1\n0 100\n", "4 1 3\n1 0 100\n")
    one_line = TINY.replace("4 1 3 1\n0 100\n", "4 1 3 1 0 100\n")
    expected = read_instance(write(tmp_path, TINY, "a.txt"))
    for text in (split, one_line):
        instance = read_instance(write(tmp_path, text, "b.txt"))
        assert instance.n == 3
        assert instance.travel == expected.travel
        assert instance.close == expected.close


def test_the_window_is_the_last_two_numbers_whatever_the_number_of_codes(tmp_path):
    instance = read_instance(write(tmp_path, TINY))
    assert (instance.open[3], instance.close[3]) == (300, 900)  # after two codes
    assert instance.service[3] == 50


def test_blank_lines_at_the_end_are_ignored(tmp_path):
    assert read_instance(write(tmp_path, TINY + "\n\n  \n")).n == 3


def test_pr_files_truncate_to_two_decimals_and_the_others_to_one():
    assert decimals_for("pr01.txt") == 2
    assert decimals_for("/x/PR10.txt") == 2
    assert decimals_for("c101.txt") == 1
    assert decimals_for("50_rc108.txt") == 1
    assert decimals_for("r112") == 1


def test_the_decimals_can_be_given(tmp_path):
    instance = read_instance(write(tmp_path, TINY), decimals=2)
    assert instance.scale == 100
    assert instance.travel[0][1] == 500
