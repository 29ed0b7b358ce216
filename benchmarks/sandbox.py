"""Code interpreter sandbox figures at the strongest isolation level on this host.

    python benchmarks/sandbox.py [--samples 20] [--json]

cold_start_p50_ms     start of a kernel process until it answers (no warm-up imports)
pool_acquire_p50_ms   a new thread takes a warm kernel from the pool
roundtrip_p50_ms      `1+1` through the session API on a warm kernel
chart_cell_p50_ms     pandas groupby + Matplotlib PNG on a warm kernel
idle_kernel_private_mb  private (unshared) memory of an idle kernel in a full warm pool,
                      all its processes counted
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import sandbox_config  # noqa: E402
from services.sandbox.isolation import Layout  # noqa: E402
from services.sandbox.kernel import KernelSession  # noqa: E402
from services.sandbox.pool import SandboxPool  # noqa: E402

CHART_CELL = """
df = pd.DataFrame({"region": np.repeat(["North", "South", "East", "West"], 2500),
                   "revenue": np.arange(10_000) % 97})
totals = df.groupby("region")["revenue"].sum()
totals.plot.bar(title="Revenue by region")
plt.show()
"""


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def measure(samples: int, workdir: Path) -> dict[str, float | str]:
    settings = Settings(
        _env_file=None,
        data_dir=workdir / "data",  # type: ignore[call-arg]
        sandbox_dir=workdir,
        sandbox_warm_kernels=2,
    )
    config = sandbox_config(settings)
    pool = SandboxPool(config)

    cold = []
    for number in range(max(3, samples // 4)):
        base = pool.root / f"cold-{number}"
        base.mkdir()
        base.chmod(0o711)
        kernel = KernelSession(
            level=config.level,
            runtime=pool.runtime,
            limits=config.limits,
            layout=Layout(work=base / "work", kernel_dir=base / "kernel", socket_dir=base / "sock"),
            uid=pool._uids.take(),
            name=f"bench-cold-{number}",
        )
        started = time.perf_counter()
        kernel.start(warm=False)
        cold.append(time.perf_counter() - started)
        kernel.close()
        pool._uids.release(kernel.uid)

    pool.start()
    acquire, roundtrip, chart, memory = [], [], [], []
    try:
        for number in range(samples):
            # A full pool at rest: its kernels share library pages, as they do in service.
            if not pool.wait_warm(config.warm, timeout=120):
                raise RuntimeError("the pool did not warm its kernels")
            time.sleep(0.3)
            memory += _idle_memory(pool)
            started = time.perf_counter()
            session = pool.acquire(f"thread-{number}")
            acquire.append(time.perf_counter() - started)
            for _ in range(5):
                started = time.perf_counter()
                session.kernel.execute("1+1", timeout=10)
                roundtrip.append(time.perf_counter() - started)
            session.kernel.execute(CHART_CELL, timeout=30)  # first plot pays for font setup
            started = time.perf_counter()
            result = session.kernel.execute(CHART_CELL, timeout=30)
            chart.append(time.perf_counter() - started)
            if not any(o.type == "image" for o in result.outputs):
                raise RuntimeError(f"chart cell made no image: {result.logs}")
            pool.close_session(f"thread-{number}")
    finally:
        pool.shutdown()
    return {
        "isolation_level": config.level,
        "samples": samples,
        "cold_start_p50_ms": ms(statistics.median(cold)),
        "pool_acquire_p50_ms": ms(statistics.median(acquire)),
        "roundtrip_p50_ms": ms(statistics.median(roundtrip)),
        "chart_cell_p50_ms": ms(statistics.median(chart)),
        "idle_kernel_private_mb": round(statistics.median(memory) / 1024**2, 1),
    }


def _idle_memory(pool: SandboxPool) -> list[int]:
    with pool._lock:
        warm = list(pool._warm)
    return [kernel.private_memory_bytes() for kernel in warm]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=12)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wb-bench-") as tmp:
        figures = measure(args.samples, Path(tmp))
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
