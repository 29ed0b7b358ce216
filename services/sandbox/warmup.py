"""The first cell every kernel runs: the analysis libraries (and the workbench's reader)
imported, Plotly set to send its specs, and import-time memory handed back."""

WARMUP = """\
import os, json, math, datetime
import numpy as np
import pandas as pd
import matplotlib
import matplotlib.pyplot as plt
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio
from services.tables import read_table, list_tables, query
pio.renderers.default = "plotly_mimetype"
pd.set_option("display.width", 120)
pd.set_option("display.max_columns", 30)


def _settle():
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)  # hand freed import-time memory back
    except OSError:
        pass


_settle()
del _settle
"""
