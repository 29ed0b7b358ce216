"""Assistants, threads and messages with Assistants v2 semantics, on a real SQLite file."""

from __future__ import annotations

import pytest

from services import assistants, threads
from services.errors import InvalidInputError, NotFoundError
from services.schemas import ChartBlock, ImageFileBlock, TextBlock


@pytest.fixture
def engine(make_engine):
    return make_engine()


def test_assistant_crud_round_trip(engine):
    with engine.db.session() as s:
        created = assistants.create(
            session=s,
            model_backend="scripted",
            model="analyst",
            name="Sales analyst",
            instructions="Answer from the data.",
            temperature=0.2,
            metadata={"team": "ops"},
            tools=[
                {"type": "code_interpreter"},
                {
                    "type": "function",
                    "function": {"name": "get_weather", "parameters": {"type": "object"}},
                },
            ],
        )
    with engine.db.session() as s:
        fetched = assistants.retrieve(session=s, assistant_id=created.id)
        updated = assistants.update(
            session=s, assistant_id=created.id, name="Renamed", metadata={"team": "finance"}
        )
    assert fetched == created
    assert created.id.startswith("asst_")
    assert [t.type for t in fetched.tools] == ["code_interpreter", "function"]
    assert updated.name == "Renamed" and updated.instructions == "Answer from the data."
    assert updated.metadata == {"team": "finance"}
    with engine.db.session() as s:
        assistants.delete(session=s, assistant_id=created.id)
    with pytest.raises(NotFoundError, match=created.id), engine.db.session() as s:
        assistants.retrieve(session=s, assistant_id=created.id)


@pytest.mark.parametrize(
    ("metadata", "limit"),
    [
        ({f"key{i}": "v" for i in range(17)}, "limit is 16"),
        ({"k" * 65: "v"}, "limit is 64"),
        ({"k": "v" * 513}, "limit is 512"),
        ({"k": 5}, "must be strings"),
    ],
)
def test_oversize_metadata_is_refused_naming_the_limit(engine, metadata, limit):
    with engine.db.session() as s:
        thread = threads.create(session=s, metadata={"a": "b"})
    for action in (
        lambda s: threads.create(session=s, metadata=metadata),
        lambda s: threads.update(session=s, thread_id=thread.id, metadata=metadata),
        lambda s: assistants.create(session=s, model_backend="x", model="y", metadata=metadata),
    ):
        with pytest.raises(InvalidInputError, match=limit), engine.db.session() as s:
            action(s)
    with engine.db.session() as s:
        assert threads.retrieve(session=s, thread_id=thread.id).metadata == {"a": "b"}
        assert len(threads.list_(session=s).data) == 1
        assert assistants.list_(session=s).data == []


@pytest.mark.parametrize(
    "tools",
    [
        [{"type": "browser"}],
        [{"type": "function", "function": {"name": "bad name!"}}],
        [
            {"type": "function", "function": {"name": "f"}},
            {"type": "function", "function": {"name": "f"}},
        ],
    ],
)
def test_invalid_tool_declarations_are_refused(engine, tools):
    with pytest.raises(InvalidInputError, match="tools|declared twice"), engine.db.session() as s:
        assistants.create(session=s, model_backend="x", model="y", tools=tools)


def test_thread_title_comes_from_the_first_question(engine):
    with engine.db.session() as s:
        thread = threads.create(
            session=s,
            messages=[
                {
                    "content": "What were   total sales by region in 2024, and which product led "
                    "each region?"
                }
            ],
        )
        assert (
            threads.retrieve(session=s, thread_id=thread.id).title
            == "What were total sales by region in 2024, and which product…"
        )


def test_messages_list_with_order_limit_and_cursors(engine):
    with engine.db.session() as s:
        thread = threads.create(session=s)
        ids = [
            threads.create_message(session=s, thread_id=thread.id, content=f"m{i}").id
            for i in range(7)
        ]
    with engine.db.session() as s:
        desc = threads.list_messages(session=s, thread_id=thread.id, limit=3)
        asc = threads.list_messages(session=s, thread_id=thread.id, order="asc", limit=3)
        after = threads.list_messages(
            session=s, thread_id=thread.id, order="asc", after=ids[2], limit=3
        )
        before = threads.list_messages(session=s, thread_id=thread.id, order="asc", before=ids[2])
        last_page = threads.list_messages(session=s, thread_id=thread.id, order="asc", after=ids[4])
    assert [m.id for m in desc.data] == ids[::-1][:3] and desc.has_more
    assert [m.id for m in asc.data] == ids[:3] and asc.first_id == ids[0]
    assert asc.last_id == ids[2]
    assert [m.id for m in after.data] == ids[3:6] and after.has_more
    assert [m.id for m in before.data] == ids[:2]
    assert [m.id for m in last_page.data] == ids[5:] and not last_page.has_more


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"order": "sideways"}, "order"),
    ],
)
def test_bad_paging_is_refused(engine, options, message):
    with engine.db.session() as s:
        thread = threads.create(session=s)
        with pytest.raises(InvalidInputError, match=message):
            threads.list_messages(session=s, thread_id=thread.id, **options)


def test_unknown_cursor_is_not_found(engine):
    with engine.db.session() as s:
        thread = threads.create(session=s)
        with pytest.raises(NotFoundError, match="msg_nope"):
            threads.list_messages(session=s, thread_id=thread.id, after="msg_nope")


def test_message_content_blocks_and_annotations(engine):
    with engine.db.session() as s:
        png = engine.files.put(
            session=s,
            data=b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
            filename="chart.png",
            purpose="assistants_output",
        )
        spec = engine.files.put(
            session=s,
            data=b'{"data": [], "layout": {}}',
            filename="chart.json",
            purpose="assistants_output",
        )
        thread = threads.create(session=s)
        message = threads.create_message(
            session=s,
            thread_id=thread.id,
            role="assistant",
            content=[
                {
                    "type": "text",
                    "text": {
                        "value": "Download sandbox:/mnt/data/out.csv",
                        "annotations": [
                            {
                                "type": "file_path",
                                "text": "sandbox:/mnt/data/out.csv",
                                "start_index": 9,
                                "end_index": 34,
                                "file_path": {"file_id": spec.id},
                            },
                            {
                                "type": "file_citation",
                                "text": "【1】",
                                "start_index": 0,
                                "end_index": 3,
                                "file_citation": {"file_id": spec.id},
                            },
                        ],
                    },
                },
                {"type": "image_file", "image_file": {"file_id": png.id}},
                {
                    "type": "chart",
                    "chart": {
                        "file_id": spec.id,
                        "png_file_id": png.id,
                        "title": "Revenue by month",
                    },
                },
            ],
        )
    with engine.db.session() as s:
        stored = threads.retrieve_message(session=s, thread_id=thread.id, message_id=message.id)
    text, image, chart = stored.content
    assert isinstance(text, TextBlock) and isinstance(image, ImageFileBlock)
    assert isinstance(chart, ChartBlock)
    assert [a.type for a in text.text.annotations] == ["file_path", "file_citation"]
    assert chart.chart.png_file_id == png.id and chart.chart.title == "Revenue by month"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ([], "needs some content"),
        ([{"type": "video", "video": {}}], "Invalid message content"),
        ("x" * 256_001, "limit is 256000"),
    ],
)
def test_bad_message_content_is_refused(engine, content, message):
    with engine.db.session() as s:
        thread = threads.create(session=s)
    with pytest.raises(InvalidInputError, match=message), engine.db.session() as s:
        threads.create_message(session=s, thread_id=thread.id, content=content)


def test_attachments_must_name_existing_files(engine):
    with engine.db.session() as s:
        thread = threads.create(session=s)
        data = engine.files.put(session=s, data=b"a,b\n1,2\n", filename="data.csv")
        ok = threads.create_message(
            session=s,
            thread_id=thread.id,
            content="see file",
            attachments=[{"file_id": data.id, "tools": [{"type": "code_interpreter"}]}],
        )
    assert ok.attachments[0].file_id == data.id
    with pytest.raises(NotFoundError, match="file_missing"), engine.db.session() as s:
        threads.create_message(
            session=s, thread_id=thread.id, content="x", attachments=[{"file_id": "file_missing"}]
        )
    with engine.db.session() as s:
        assert len(threads.list_messages(session=s, thread_id=thread.id).data) == 1


def test_deleting_a_thread_removes_its_messages_and_runs(engine):
    with engine.db.session() as s:
        thread = threads.create(session=s, messages=[{"content": "hello"}])
        other = threads.create(session=s, messages=[{"content": "keep me"}])
    with engine.db.session() as s:
        threads.delete(session=s, thread_id=thread.id)
    with engine.db.session() as s:
        with pytest.raises(NotFoundError):
            threads.list_messages(session=s, thread_id=thread.id)
        assert threads.list_messages(session=s, thread_id=other.id).data[0].text == "keep me"


def test_message_of_another_thread_is_not_found(engine):
    with engine.db.session() as s:
        first = threads.create(session=s, messages=[{"content": "a"}])
        second = threads.create(session=s)
        message_id = threads.list_messages(session=s, thread_id=first.id).data[0].id
        with pytest.raises(NotFoundError):
            threads.retrieve_message(session=s, thread_id=second.id, message_id=message_id)
