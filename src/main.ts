// Entry point (being written): argv → mode.
process.stdout.write('spo-shell: command line not wired yet\n');
