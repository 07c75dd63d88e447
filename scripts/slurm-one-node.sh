#!/usr/bin/env bash
# A throwaway Slurm cluster of one node on localhost, for testing sweeps as job arrays.
#
#   scripts/slurm-one-node.sh run -- COMMAND [ARGS...]   start the cluster, run COMMAND with
#                                                        SLURM_CONF exported, stop the cluster;
#                                                        exits with COMMAND's status
#   scripts/slurm-one-node.sh up | down                  start (and wait until the node is
#                                                        idle) or stop it
#
# Installs Debian's slurmctld, slurmd, slurm-client and munge when missing (root needed: slurmd
# starts jobs as their user). No systemd: munged runs as the munge user, slurmctld and slurmd
# in the foreground in the background, with process tracking through /proc and no task
# binding; state, logs and slurm.conf live in SLURM_ONE_NODE_DIR (default /tmp/corridor-slurm).
# Ports: SLURM_ONE_NODE_PORT and the next one (default 6817 and 6818).
set -euo pipefail

dir=${SLURM_ONE_NODE_DIR:-/tmp/corridor-slurm}
port=${SLURM_ONE_NODE_PORT:-6817}
conf=$dir/etc/slurm.conf
pids=$dir/run/pids

say() { echo "slurm-one-node: $*" >&2; }
fail() { say "error: $*"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root: slurmd starts jobs as their user"

install_packages() {
  local tool missing=0
  for tool in slurmctld slurmd sbatch squeue sinfo scontrol munged; do
    command -v "$tool" >/dev/null || missing=1
  done
  [ "$missing" = 1 ] || return 0
  say "installing slurmctld slurmd slurm-client munge"
  # The packages' scripts try to start the daemons through init scripts before any slurm.conf
  # exists; a policy that forbids starting services keeps them from failing.
  local policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
    policy=1
  fi
  local status=0
  { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null; } || status=$?
  [ "$policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  [ "$status" = 0 ] || fail "apt-get could not install the Slurm and munge packages"
}

configure() {
  case "$dir" in /|"") fail "SLURM_ONE_NODE_DIR must be a folder of its own" ;; esac
  rm -rf "$dir/state" "$dir/spool" "$dir/log"
  mkdir -p "$dir"/{etc,state,spool,log,run}
  # The node's CPUs and memory as slurmd sees them, so the node is not drained.
  local hardware
  hardware=$(slurmd -C | head -n 1 | sed -e 's/^NodeName=[^ ]*//')
  cat > "$conf" <<CONF
ClusterName=corridor
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MinJobAge=600
MaxArraySize=1001
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
InactiveLimit=0
KillWait=5
NodeName=localhost NodeAddr=127.0.0.1 $hardware State=UNKNOWN
PartitionName=corridor Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
}

alive() { [ -r "/proc/$2/cmdline" ] && tr '\0' ' ' < "/proc/$2/cmdline" | grep -q "$1"; }

start_munge() {
  if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then return 0; fi
  install -d -o munge -g munge -m 0755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    install -d -o munge -g munge -m 0700 /etc/munge
    runuser -u munge -- mungekey --create
  fi
  chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key
  rm -f /run/munge/munged.pid
  runuser -u munge -- munged
  local i
  for i in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  [ -s /run/munge/munged.pid ] || fail "munged did not start"
  echo "munged $(cat /run/munge/munged.pid)" >> "$pids"
  munge -n | unmunge >/dev/null || fail "munge does not authenticate"
}

up() {
  install_packages
  [ -s "$pids" ] && fail "$pids exists: a cluster is running; '$0 down' first"
  configure
  : > "$pids"
  start_munge
  slurmctld -D -c -f "$conf" > "$dir/log/slurmctld.stderr" 2>&1 &
  echo "slurmctld $!" >> "$pids"
  slurmd -D -N localhost -f "$conf" > "$dir/log/slurmd.stderr" 2>&1 &
  echo "slurmd $!" >> "$pids"
  export SLURM_CONF=$conf
  local waited=0 name pid
  until [ "$(sinfo -h -N -o '%T' 2>/dev/null || true)" = idle ]; do
    while read -r name pid; do
      alive "$name" "$pid" || { tail -n 20 "$dir"/log/*.stderr >&2; fail "$name exited"; }
    done < "$pids"
    waited=$((waited + 1))
    [ "$waited" -lt 300 ] || { tail -n 20 "$dir"/log/*.log >&2; fail "the node is not idle after 60 s"; }
    sleep 0.2
  done
  say "cluster up; export SLURM_CONF=$conf"
}

down() {
  [ -s "$pids" ] || return 0
  SLURM_CONF=$conf scontrol shutdown >/dev/null 2>&1 || true
  local name pid i
  for i in $(seq 50); do
    local left=0
    while read -r name pid; do
      [ "$name" = munged ] || ! alive "$name" "$pid" || left=1
    done < "$pids"
    [ "$left" = 0 ] && break
    sleep 0.2
  done
  while read -r name pid; do
    if alive "$name" "$pid"; then kill -TERM "$pid" 2>/dev/null || true; fi
  done < "$pids"
  rm -f "$pids"
  say "cluster stopped"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  run)
    shift
    [ "${1:-}" = -- ] && shift
    [ $# -gt 0 ] || fail "usage: $0 run -- COMMAND [ARGS...]"
    trap down EXIT
    up
    export SLURM_CONF=$conf
    set +e
    "$@"
    status=$?
    set -e
    exit "$status" ;;
  *) sed -n '2,15p' "$0"; exit 64 ;;
esac
