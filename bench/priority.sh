# Sourced by the benchmarks (not run): what they measure runs ahead of the other work on the
# shared machine when that is allowed (root), so the figures are the programs' own and not their
# neighbours'. The kernel shares the CPU first between sessions (autogroups) and only then by nice
# between the processes of one, so a plain `nice -n -10` orders nothing against another session's
# build. `"${ahead[@]}" CMD…` runs CMD in a session of its own whose autogroup, and CMD itself, are
# at nice -10, in the foreground or with `&` under the same PID (an array, not a function: a
# function sent to the background runs in a subshell of its own, whose PID `$!` would be; and a
# script's children are never process group leaders, so setsid execs instead of forking).
# `ahead_pid PID` does it for a running daemon (PostgreSQL's postmaster: its backends inherit it).
# `$priority` says in words which ran, for RESULTS.md.
if [ "$(id -u)" -eq 0 ] && [ -w /proc/self/autogroup ]; then
    priority="nice -10, each process and its session (autogroup), ahead of the other work on the machine"
    ahead=(setsid --wait bash -c 'echo -10 >/proc/self/autogroup && renice -n -10 -p $$ >/dev/null && exec "$@"' _)
    ahead_pid() { echo -10 >"/proc/$1/autogroup" && renice -n -10 -p "$1" >/dev/null; }
else
    priority="the normal priority (running ahead of other work needs root)"
    ahead=()
    ahead_pid() { :; }
fi
