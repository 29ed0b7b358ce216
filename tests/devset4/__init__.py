"""A fourth development set for the offline analyst: eight tables copied from earlier sets,
questions in two new styles (a manager relaying a board pack's questions, wordy and indirect;
a shift supervisor in a team chat, short and abbreviated); gold computed here with plain
pandas."""
