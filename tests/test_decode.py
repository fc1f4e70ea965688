import pytest

from kg.errors import InputError
from kg.sources import decode, read_inputs


def test_utf8_with_bom_is_read():
    assert decode("\ufeffHéllo".encode(), "x")[0] == "Héllo"


def test_non_utf8_falls_back_to_windows_1252_with_a_warning():
    text, warning = decode("Beyoncé’s “album”".encode("cp1252"), "a.txt")
    assert text == "Beyoncé’s “album”"
    assert "Windows-1252" in warning


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_bytes_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f")


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_inputs([str(tmp_path / "nope.txt")])
    with pytest.raises(InputError, match="no article files"):
        read_inputs([str(tmp_path)])


def test_folder_expands_to_sorted_text_files(tmp_path):
    (tmp_path / "b.txt").write_text("Second\n\nBody.")
    (tmp_path / "a.txt").write_text("First\n\nBody.")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    assert [s.name for s in read_inputs([str(tmp_path)])] == ["a", "b"]
