"""The code interpreter sandbox: isolated Jupyter kernels, one session per thread."""
