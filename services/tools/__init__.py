"""Tools a run can call: registered Python functions now; code interpreter and file
search plug in beside them."""
