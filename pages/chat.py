"""Chat: history from the database, uploads, the streamed reply, and the thread list."""

from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from components.data_card import file_card
from components.live import follow
from components.messages import conversation
from components.share import share_box
from components.threads import thread_list
from services import assistants, chat, runs, shares, threads
from services.errors import WorkbenchError
from workbench import get_engine, signed_in

SAMPLE = Path(__file__).resolve().parents[1] / "assets" / "sample_sales.csv"
engine = get_engine()
me = signed_in()
state = st.session_state


def guarded(action):  # type: ignore[no-untyped-def]
    """Run a service call; show its error once, in words a user can act on."""
    try:
        return action()
    except WorkbenchError as error:
        state["error"] = error.message
        return None


def select(thread_id: str | None) -> None:
    """The open thread lives in the session and the URL, so a reload comes back to it."""
    state["staged"] = []
    if thread_id is None:
        state.pop("thread_id", None)
        st.query_params.pop("thread", None)
    else:
        state["thread_id"] = thread_id
        st.query_params["thread"] = thread_id


def start_thread() -> str:
    with engine.db.session(me) as session:
        thread_id = threads.create(session=session).id
    staged = state.get("staged", [])
    select(thread_id)
    state["staged"] = staged
    return thread_id


def new_thread() -> None:
    select(None)


def open_thread(thread_id: str) -> None:
    select(thread_id)


def rename_thread(thread_id: str, title: str) -> None:
    def act() -> None:
        with engine.db.session(me) as session:
            threads.update(session=session, thread_id=thread_id, title=title)

    guarded(act)


def delete_thread(thread_id: str) -> None:
    def act() -> None:
        with engine.db.session(me) as session:
            chat.delete_thread(session=session, sandbox=engine.sandbox, thread_id=thread_id)
        new_thread()

    guarded(act)


BIG_UPLOAD = 32 * 1024 * 1024  # bytes; bigger uploads show a progress bar while stored


def storing(uploads: list[chat.Upload]) -> chat.Progress | None:
    """A progress bar for big uploads: hashing and storing 500 MB takes seconds."""
    sizes = {u.name: getattr(u.data, "size", 0) for u in uploads}
    total = sum(sizes.values())
    if total < BIG_UPLOAD:
        return None
    bar = st.progress(0.0, text=f"Storing {len(uploads)} file(s), {total / 1e6:,.0f} MB…")
    done: dict[str, int] = {}

    def update(name: str, stored: int) -> None:
        done[name] = stored
        fraction = min(1.0, sum(done.values()) / total)
        bar.progress(fraction, text=f"Storing {name}: {stored / 1e6:,.0f} of {total / 1e6:,.0f} MB")

    return update


def stage(uploads: list[chat.Upload]) -> None:
    """Files uploaded before the first question: stored now, attached to the next question."""

    def act() -> chat.Stored:
        with engine.db.session(me) as session:
            return chat.upload(
                session=session, files=engine.files, uploads=uploads, progress=storing(uploads)
            )

    stored = guarded(act)
    if stored is not None:
        state.setdefault("staged", []).extend(f.id for f in stored.files)
        refuse(stored.rejected)


def refuse(rejected: list[chat.Rejected]) -> None:
    """Name each refused upload with its reason, once, after the page is drawn."""
    state.setdefault("rejected", []).extend(r.message for r in rejected)


def ask(text: str, uploads: list[chat.Upload]) -> None:
    thread_id = state.get("thread_id") or start_thread()

    def act() -> None:
        with engine.db.session(me) as session:
            assistant = chosen_assistant(session)
            _, _, rejected = chat.ask(
                session=session,
                files=engine.files,
                thread_id=thread_id,
                assistant_id=assistant.id,
                text=text,
                uploads=uploads,
                attach=state.get("staged", []),
                progress=storing(uploads),
            )
        state["staged"] = []
        refuse(rejected)

    guarded(act)


def chosen_assistant(session):  # type: ignore[no-untyped-def]
    """The assistant picked in the sidebar; the default one when none is (or it is gone)."""
    picked = state.get("assistant_id")
    if picked:
        try:
            return assistants.retrieve(session=session, assistant_id=picked)
        except WorkbenchError:
            state.pop("assistant_id", None)
    return chat.default_assistant(session=session, settings=engine.settings)


def send() -> None:
    """The chat input's callback: runs before the page is drawn, so the reply starts
    streaming in the same script run that shows the question."""
    prompt = state.get("prompt")
    if prompt:
        ask(prompt.text, [chat.Upload(f.name, f) for f in prompt.files])


def retry(thread_id: str) -> None:
    """Answer the thread's last question again with a new run."""

    def act() -> None:
        with engine.db.session(me) as session:
            assistant = chosen_assistant(session)
            runs.create(session=session, thread_id=thread_id, assistant_id=assistant.id)

    guarded(act)


def read_file(file_id: str):  # type: ignore[no-untyped-def]
    with engine.db.reader(me) as session:
        return (
            engine.files.retrieve(session=session, file_id=file_id),
            engine.files.read_bytes(session=session, file_id=file_id),
        )


def clean_table(file_id: str, table: str | None, fmt: str) -> bytes:
    with engine.db.reader(me) as session:
        return chat.cleaned_table(
            session=session, files=engine.files, file_id=file_id, table=table, fmt=fmt
        )


def read_card(
    file_id: str, table: str | None = None, wait: float | None = chat.CARD_WAIT
) -> chat.DataCard | None:
    """A file's card; a file that cannot be read gets its error card, never an exception."""
    with engine.db.reader(me) as session:
        return chat.file_card(
            session=session, files=engine.files, file_id=file_id, table=table, wait=wait
        )


def sharing(thread_id: str, on: bool) -> None:
    with engine.db.session(me) as session:
        if on:
            shares.share(session=session, thread_id=thread_id)
        else:
            shares.revoke(session=session, thread_id=thread_id)


def share_url(path: str) -> str:
    """The link as teammates open it: this server's address (as the browser sees it, so
    behind a proxy too) and the app's base path."""
    parts = urlsplit(st.context.url or "")
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    return f"{prefix}/{base + '/' if base else ''}{path}"


prompt_box = st.chat_input(
    "Ask a question about your data",
    accept_file="multiple",
    file_type=list(chat.UPLOAD_TYPES),
    key="prompt",
    on_submit=send,
)


if "thread_id" not in state and st.query_params.get("thread"):
    state["thread_id"] = st.query_params["thread"]
with engine.db.session(me) as session:
    assistant = chosen_assistant(session)
    choices = assistants.list_(session=session, limit=100, order="asc").data
    recent = threads.list_(session=session, limit=50).data
ids = [a.id for a in choices]
st.sidebar.selectbox(
    "Assistant",
    ids,
    index=ids.index(assistant.id) if assistant.id in ids else 0,
    format_func=lambda i: next((a.name or a.id for a in choices if a.id == i), i),
    key="assistant_id",
)
st.sidebar.caption(f"Assistant: {assistant.name} ({assistant.model_backend} · {assistant.model})")
thread_list(
    recent,
    current=state.get("thread_id"),
    on_new=new_thread,
    on_open=open_thread,
    on_rename=rename_thread,
    on_delete=delete_thread,
)

thread_id = state.get("thread_id")
view = None
if thread_id:
    with engine.db.reader(me) as session:
        try:
            view = chat.view(session=session, files=engine.files, thread_id=thread_id)
        except WorkbenchError:
            new_thread()
            thread_id = None

if view is None or not view.messages:
    st.title("Analyst Workbench")
    st.write(
        "Upload a CSV or Excel file, or try the sample data, then ask a question. "
        "Documents (PDF, Word, Markdown) can come too: the assistant searches them and "
        "cites what it quotes."
    )
    dropped = st.file_uploader(
        "Drop data files or documents here",
        type=list(chat.UPLOAD_TYPES),
        accept_multiple_files=True,
        key="dropzone",
    )
    seen = state.setdefault("dropped", set())
    new = [f for f in dropped or [] if f.file_id not in seen]
    if new:
        seen.update(f.file_id for f in new)
        stage([chat.Upload(f.name, f) for f in new])
    if st.button("Try the sample data", key="sample"):
        with SAMPLE.open("rb") as handle:
            stage([chat.Upload("sample_sales.csv", handle)])
    for file_id in state.get("staged", []):
        with st.spinner("Reading the file…"):
            card = read_card(file_id)
        card = file_card(
            file_id, read=read_card, key=f"staged-{file_id}", card=card, cleaner=clean_table
        )
        if card is None:  # a document: searched, not analysed
            with engine.db.reader(me) as session:
                name = engine.files.retrieve(session=session, file_id=file_id).filename
            st.caption(f"📄 {name} · a document: the assistant searches it and cites what it uses")
        questions = chat.suggested_questions(card) if card is not None else []
        if questions:
            st.caption("Try asking:")
            for question in questions:
                st.button(
                    question, key=f"suggest-{file_id}-{question}", on_click=ask, args=(question, [])
                )
else:
    active_id = view.active_run.id if view.active_run else None
    conversation(view, active_id, read=read_file, card=read_card)
    offered = chat.next_questions(view)
    if offered:
        st.caption("Ask instead:")
        for number, question in enumerate(offered):
            st.button(question, key=f"offer-{number}", on_click=ask, args=(question, []))
    with engine.db.reader(me) as session:
        live = shares.current(session=session, thread_id=thread_id)
    share_box(
        share_url(live.path) if live else None,
        on_share=lambda: guarded(lambda: sharing(thread_id, True)),
        on_revoke=lambda: guarded(lambda: sharing(thread_id, False)),
    )
    tokens, usd = view.totals()
    if usd is not None:
        st.sidebar.caption(f"This thread: {tokens:,} tokens · ≈ ${usd:.4f} (estimated)")
    if view.active_run is not None:
        if st.button("⏹ Stop", key="stop"):

            def cancel() -> None:
                with engine.db.session(me) as session:
                    runs.cancel(session=session, thread_id=thread_id, run_id=view.active_run.id)

            guarded(cancel)
        follow(engine.subscribe(view.active_run.id, timeout=600))
        st.rerun()
    with engine.db.reader(me) as session:
        latest = runs.list_(session=session, thread_id=thread_id, limit=1).data
    if latest and view.active_run is None:
        ended = latest[0]
        if ended.status in ("failed", "expired", "incomplete"):
            reason = (
                ended.last_error.message
                if ended.last_error
                else (ended.incomplete_details.reason if ended.incomplete_details else ended.status)
            )
            st.error(f"The reply did not finish: {reason}")
            st.button("Retry", key="retry", on_click=retry, args=(thread_id,))

if "error" in state:
    st.error(state.pop("error"))
for refused in state.pop("rejected", []):
    st.error(refused)
