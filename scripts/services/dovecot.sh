#!/usr/bin/env bash
# A throwaway Dovecot (IMAP + POP3) on 127.0.0.1 for tests: config, mail and logs under DIR.
# Usage: dovecot.sh start DIR IMAP_PORT POP3_PORT [USER PASSWORD]   |   dovecot.sh stop DIR
# Needs packages dovecot-imapd dovecot-pop3d (scripts/setup.sh test). Runs as root; mail is owned by nobody.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?DIR}
conf=$dir/dovecot.conf
case $cmd in
  start)
    imap=${3:?IMAP_PORT}; pop3=${4:?POP3_PORT}; user=${5:-faxuser}; pass=${6:-faxpass}
    mkdir -p "$dir"/{run,state,mail}
    chown nobody:nogroup "$dir/mail"
    # base_dir must be short-ish (socket paths) and not shared with another instance.
    cat > "$conf" <<CONF
protocols = imap pop3
listen = 127.0.0.1
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:$dir/mail/%u/Maildir
pop3_uidl_format = %08Xu%08Xv
namespace inbox {
  inbox = yes
  separator = /
  mailbox Processed {
    auto = create
  }
  mailbox Rejected {
    auto = create
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    address = 127.0.0.1
    port = $pop3
  }
  inet_listener pop3s {
    port = 0
  }
}
CONF
    echo "$user:{PLAIN}$pass" > "$dir/users"
    # Detached from our stdout/stderr: a caller reading them to the end would otherwise wait for the daemon.
    dovecot -c "$conf" </dev/null >"$dir/start.log" 2>&1 || { cat "$dir/start.log" >&2; exit 1; }
    for _ in $(seq 1 100); do
      (exec 3<>/dev/tcp/127.0.0.1/"$imap") 2>/dev/null && exit 0
      sleep 0.05
    done
    echo "dovecot did not open port $imap; see $dir/dovecot.log" >&2
    exit 1
    ;;
  stop)
    [[ -f $conf ]] || exit 0
    doveadm -c "$conf" stop 2>/dev/null || true
    # Wait until the master is gone so a restart on the same ports works at once.
    for _ in $(seq 1 100); do
      [[ -f $dir/run/master.pid ]] && kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null || exit 0
      sleep 0.05
    done
    ;;
  *) echo "usage: $0 start DIR IMAP_PORT POP3_PORT [USER PASSWORD] | stop DIR" >&2; exit 2 ;;
esac
