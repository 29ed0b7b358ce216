"""FileStore: content-addressed blobs, real-type checks, hostile names, size limits."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from services.errors import FileRejectedError, NotFoundError
from services.files import FileStore

CSV = b"region,revenue\nNorth,1200\nSouth,900\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture
def store(tmp_path):
    return FileStore(blob_dir=tmp_path / "blobs", max_bytes=4096)


@pytest.fixture
def engine(make_engine):
    return make_engine(max_upload_bytes=4096)


def disk_state(root):
    return sorted(
        (str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*") if p.is_file()
    )


def test_put_records_hash_size_and_sniffed_type_and_reads_back(engine):
    with engine.db.session() as s:
        stored = engine.files.put(session=s, data=CSV, filename="sales.csv")
    with engine.db.session() as s:
        assert engine.files.read_bytes(session=s, file_id=stored.id) == CSV
        assert engine.files.retrieve(session=s, file_id=stored.id) == stored
    assert stored.sha256 == hashlib.sha256(CSV).hexdigest()
    assert stored.bytes == len(CSV) and stored.mime_type == "text/csv"
    assert stored.purpose == "assistants" and stored.id.startswith("file_")
    blob = engine.files.blob_path(stored.sha256)
    assert blob.read_bytes() == CSV and blob.name == stored.sha256


def test_same_content_is_stored_once_and_removed_with_its_last_file(engine):
    with engine.db.session() as s:
        first = engine.files.put(session=s, data=io.BytesIO(CSV), filename="a.csv")
        second = engine.files.put(session=s, data=CSV, filename="b.csv")
    blob = engine.files.blob_path(first.sha256)
    with engine.db.session() as s:
        engine.files.delete(session=s, file_id=first.id)
    assert blob.exists(), "still used by the second file"
    with engine.db.session() as s:
        engine.files.delete(session=s, file_id=second.id)
    assert not blob.exists()
    with pytest.raises(NotFoundError), engine.db.session() as s:
        engine.files.retrieve(session=s, file_id=first.id)


def test_a_failed_transaction_keeps_the_blob_of_a_delete(engine):
    with engine.db.session() as s:
        stored = engine.files.put(session=s, data=CSV, filename="a.csv")
    with pytest.raises(RuntimeError), engine.db.session() as s:
        engine.files.delete(session=s, file_id=stored.id)
        raise RuntimeError("something else failed")
    assert engine.files.blob_path(stored.sha256).exists()
    with engine.db.session() as s:
        assert engine.files.read_bytes(session=s, file_id=stored.id) == CSV


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("big.csv", b"a,b\n" + b"1,2\n" * 2000, "larger than the 4 KB limit"),
        ("photo.csv", PNG, "the content is a PNG image, not text"),
        ("report.xlsx", CSV, "the content is text, not XLSX"),
        ("data.csv", b"\x00\x01\x02\x03" * 50, "binary data of an unknown kind, not text"),
        ("chart.png", CSV, "the content is text, not PNG"),
    ],
)
def test_bad_files_are_rejected_naming_the_file_and_nothing_changes(
    engine, tmp_path, name, data, reason
):
    with engine.db.session() as s:
        kept = engine.files.put(session=s, data=CSV, filename="kept.csv")
    before = disk_state(engine.files.blob_dir)

    with pytest.raises(FileRejectedError) as rejected, engine.db.session() as s:
        engine.files.put(session=s, data=data, filename=name)

    assert str(rejected.value).startswith(f"{name}: ")
    assert reason in str(rejected.value)
    assert disk_state(engine.files.blob_dir) == before
    with engine.db.session() as s:
        assert [f.id for f in engine.files.list(session=s).data] == [kept.id]


@pytest.mark.parametrize(
    ("hostile", "display"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("rep\x00ort.csv", "report.csv"),
        ("/abs/path/data.csv", "data.csv"),
        ("..", "file"),
        ("", "file"),
        ("a" * 300 + ".csv", "a" * 251 + ".csv"),
        ("tab\tnew\nline.csv", "tabnewline.csv"),
    ],
)
def test_hostile_filenames_are_neutralised_and_never_reach_the_disk(
    engine, tmp_path, hostile, display
):
    outside_before = sorted(os.listdir(tmp_path))
    with engine.db.session() as s:
        stored = engine.files.put(session=s, data=CSV, filename=hostile)
    assert stored.filename == display
    assert len(stored.filename) <= 255
    assert sorted(os.listdir(tmp_path)) == outside_before
    blobs = [p for p in engine.files.blob_dir.rglob("*") if p.is_file()]
    assert [p.name for p in blobs] == [stored.sha256]


def test_text_encodings_are_recognised(store):
    from services.filetypes import sniff

    assert sniff("naïve,café\n".encode()).encoding == "utf-8"
    assert sniff(b"\xef\xbb\xbfa,b\n").encoding == "utf-8-sig"
    assert sniff("naïve;café\n".encode("latin-1")).encoding in ("cp1252", "latin-1")
    assert sniff("a,b\n".encode("utf-16")).encoding == "utf-16"


def test_oversize_streams_stop_at_the_limit_without_reading_everything(store, make_engine):
    class Endless(io.RawIOBase):
        reads = 0

        def readable(self):
            return True

        def read(self, size=-1):
            Endless.reads += 1
            return b"x" * (size if size and size > 0 else 1024)

    engine = make_engine(max_upload_bytes=3 * 1024 * 1024)
    with pytest.raises(FileRejectedError, match="larger than"), engine.db.session() as s:
        engine.files.put(session=s, data=Endless(), filename="endless.txt")
    assert Endless.reads <= 4
    assert list((engine.files.blob_dir / "incoming").iterdir()) == []
