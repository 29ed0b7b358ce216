"""Documents: vector stores that assistants search with File search. Create a store, add
documents (read in the background, each ready or failed with its reason), remove them,
try a search, and delete the store."""

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from services import chat, file_batches
from services import vector_stores as vs
from services.errors import WorkbenchError
from services.schemas import VectorStore, VectorStoreFile
from services.search.extract import TABLE_TYPES, TEXT_TYPES
from workbench import get_engine, signed_in

POLL_SECONDS = 2.0  # how often a store with documents still being read is looked at again
SEARCHABLE = sorted({".pdf", ".docx", ".html", ".htm", *TEXT_TYPES, *TABLE_TYPES})
STATUS = {
    "in_progress": "⏳ reading",
    "completed": "✅ ready",
    "failed": "❌ failed",
    "cancelled": "⏹ cancelled",
}

engine = get_engine()
me = signed_in()
state = st.session_state
st.title("Documents")
st.caption(
    "A document store holds PDF, Word, Markdown, HTML, text, code and CSV/Excel files, cut "
    "into passages an assistant with File search can quote. Attach a store to an assistant "
    "on the Assistants page."
)


def guarded(action: Callable[[], Any], failure: str) -> Any:
    """Run a service call; on a WorkbenchError say what failed and why, and return None."""
    try:
        return action()
    except WorkbenchError as error:
        st.error(f"{failure}: {error.message}")
        return None


def create_store(name: str, days: int) -> VectorStore:
    with engine.db.session(me) as session:
        return vs.create(
            session=session,
            name=name.strip() or None,
            expires_after={"anchor": "last_active_at", "days": days} if days else None,
        )


def add_documents(store_id: str, uploads: list[chat.Upload]) -> chat.Stored:
    """Store each upload (a refused one is named with its reason, the others go on) and put
    the stored ones into the store as one batch."""
    with engine.db.session(me) as session:
        stored = chat.upload(session=session, files=engine.files, uploads=uploads)
        if stored.files:
            file_batches.create(
                session=session, vector_store_id=store_id, file_ids=[f.id for f in stored.files]
            )
    return stored


def size(usage: int) -> str:
    if usage < 1024:
        return f"{usage:,} bytes"
    if usage < 1024**2:
        return f"{usage / 1024:,.1f} KB"
    return f"{usage / 1024**2:,.1f} MB"


def label(store: VectorStore) -> str:
    return store.name or store.id


def stores_table(stores: list[VectorStore]) -> None:
    rows = [
        {
            "Store": label(s),
            "Status": s.status.replace("_", " "),
            "Ready": s.file_counts.completed,
            "In progress": s.file_counts.in_progress,
            "Failed": s.file_counts.failed,
            "Size": size(s.usage_bytes),
            "Expires": f"{datetime.fromtimestamp(s.expires_at):%Y-%m-%d}"
            if s.expires_at
            else "never",
        }
        for s in stores
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True)


def progress(store: VectorStore) -> None:
    counts = store.file_counts
    done = counts.total - counts.in_progress
    text = f"{counts.completed} of {counts.total} documents ready"
    if counts.failed:
        text += f" · {counts.failed} failed"
    st.progress(done / counts.total if counts.total else 1.0, text=text)


def files_table(files: list[VectorStoreFile]) -> None:
    rows = [
        {
            "Document": f.filename or f.id,
            "Status": STATUS[f.status],
            "Chunks": f.chunk_count,
            "Size": size(f.usage_bytes),
            "Problem": f.last_error.message if f.last_error else "",
        }
        for f in files
    ]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        column_config={"Problem": st.column_config.TextColumn(width="large")},
    )
    failed = sum(f.status == "failed" for f in files)
    if failed:
        st.warning(
            f"{failed} document(s) could not be read; the Problem column says why. Remove "
            "them, fix the files and add them again."
        )


def read_files(store_id: str) -> tuple[VectorStore, list[VectorStoreFile], bool]:
    with engine.db.reader(me) as session:
        store = vs.retrieve(session=session, vector_store_id=store_id)
        page = vs.list_files(session=session, vector_store_id=store_id, limit=100)
    return store, page.data, page.has_more


def remove(store_id: str, file_id: str) -> dict[str, Any]:
    with engine.db.session(me) as session:
        return vs.delete_file(session=session, vector_store_id=store_id, file_id=file_id)


def store_files(store_id: str) -> None:
    """The store's documents; while any is being read they are polled in a fragment."""
    found = guarded(lambda: read_files(store_id), "The store's documents cannot be shown")
    if found is None:
        return
    if found[0].file_counts.in_progress:
        st.fragment(polled_files, run_every=POLL_SECONDS)(store_id)
    else:
        show_files(store_id)


def polled_files(store_id: str) -> None:
    if not show_files(store_id):
        st.rerun()  # all read: the whole page again, so the store list and search follow


def show_files(store_id: str) -> bool:
    """Progress, the documents table and removal; True while any document is being read."""
    store, files, more = read_files(store_id)
    if store.file_counts.total:
        progress(store)
    if not files:
        st.info("No documents in this store yet. Add some above.")
        return False
    files_table(files)
    if more:
        st.caption("Showing the 100 most recently added documents.")
    names = {f.id: f.filename or f.id for f in files}
    removing = st.selectbox(
        "Document", list(names), format_func=names.__getitem__, key="remove-file"
    )
    clicked = st.button("Remove from store", key="remove", help="The file stays on the Files page.")
    failure = f"{names[removing]} was not removed"
    if clicked and guarded(lambda: remove(store_id, removing), failure):
        st.rerun()
    return bool(store.file_counts.in_progress)


def documents_form(store_id: str) -> None:
    with st.form("add-documents", clear_on_submit=True):
        dropped = st.file_uploader(
            "Add documents",
            type=[ext.lstrip(".") for ext in SEARCHABLE],
            accept_multiple_files=True,
            key="documents",
        )
        submitted = st.form_submit_button("Add to store", key="add")
    if not submitted:
        return
    if not dropped:
        st.warning("Choose one or more documents first.")
        return
    uploads = [chat.Upload(f.name, f) for f in dropped]
    with st.spinner(f"Storing {len(uploads)} document(s)…"):
        stored = guarded(
            lambda: add_documents(store_id, uploads), "The documents could not be added"
        )
    if stored is None:
        return
    for rejected in stored.rejected:
        st.error(f"{rejected.message} It was not added; fix the file and add it again.")
    if stored.files:
        st.success(f"Added {len(stored.files)} document(s); they are being read.")


def quoted(text: str, limit: int = 600) -> str:
    """A passage as a Markdown quote that shows its own characters as they are."""
    text = text if len(text) <= limit else text[:limit] + "…"
    escaped = re.sub(r"([\\`*_{}\[\]()#+\-.!|~<>$])", r"\\\1", text)
    return "> " + "  \n> ".join(line.strip() for line in escaped.splitlines())


def search_box(store: VectorStore) -> None:
    with st.form("search"):
        query = st.text_input("Try a search", key="query", placeholder="a question or keywords")
        asked = st.form_submit_button("Search", key="search-go")
    if not asked:
        return
    if not store.file_counts.completed:
        st.info("No document of this store is ready yet; search once one is.")
        return
    found = guarded(
        lambda: engine.searcher.search([store.id], query, max_num_results=5),
        "The search failed",
    )
    if found is None:
        return
    if not found:
        st.info("No passage matches; try other words.")
    for hit in found:
        with st.container(border=True):
            st.markdown(f"**{hit.filename}** · page {hit.page} · score {hit.score:.2f}")
            st.markdown(quoted(hit.text))


def delete_store(store_id: str) -> dict[str, Any]:
    with engine.db.session(me) as session:
        return vs.delete_store(session=session, vector_store_id=store_id)


def delete_box(store: VectorStore) -> None:
    confirm = st.checkbox("Yes, delete this store", key=f"confirm-{store.id}")
    clicked = st.button(
        "Delete store",
        key=f"delete-{store.id}",
        disabled=not confirm,
        help="Its documents stay on the Files page; assistants using it lose it.",
    )
    if clicked and guarded(lambda: delete_store(store.id), f"{label(store)} was not deleted"):
        state.pop("store", None)
        st.rerun()


def new_store_form(first: bool) -> None:
    with st.expander("New document store", expanded=first), st.form("new-store"):
        name = st.text_input("Name", key="new-name", placeholder="e.g. Finance policies")
        days = st.number_input(
            "Expires after this many days without use (0 = never)",
            min_value=0,
            max_value=365,
            value=0,
            key="new-days",
            help="An expired store is no longer searched; its documents stay on the Files page.",
        )
        created = st.form_submit_button("Create store", key="create")
    if created:
        made = guarded(lambda: create_store(name, int(days)), "The store was not created")
        if made is not None:
            state["store"] = made.id
            st.rerun()


with engine.db.reader(me) as session:
    stores = vs.list_stores(session=session, limit=100).data
new_store_form(first=not stores)
if not stores:
    st.info("No document stores yet. Create one above.")
    st.stop()

stores_table(stores)
by_id = {s.id: s for s in stores}
if state.get("store") not in by_id:
    state.pop("store", None)
picked = st.selectbox("Store", list(by_id), format_func=lambda i: label(by_id[i]), key="store")
chosen = by_id[picked]
st.subheader(label(chosen))
st.caption(f"{chosen.id} · {size(chosen.usage_bytes)}")
if chosen.status == "expired":
    st.warning("This store has expired and is no longer searched. Delete it or make a new one.")
documents_form(chosen.id)
store_files(chosen.id)
search_box(chosen)
delete_box(chosen)
