package multiprocessing_test

import (
	"strings"
	"syscall"
	"testing"
	"time"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

// A child killed by a signal the Go runtime would catch and ignore (SIGUSR1,
// SIGALRM, a real-time signal) ends with it, as a Python child does:
// os.kill(p.pid, signal.SIGUSR1) gives exitcode -10 (it went on running).
func TestChildDiesOfDefaultFatalSignals(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		repr string
	}{{syscall.SIGUSR1, "-SIGUSR1"}, {syscall.SIGALRM, "-SIGALRM"}, {syscall.SIGIO, "-SIGPOLL"}, {syscall.Signal(34), "-SIGRTMIN"}, {syscall.Signal(40), "-40"}} {
		q := mp.NewQueue()
		p := &mp.Process{Target: readyThenSleep, Args: []any{q}}
		start(t, p)
		if v, err := q.GetTimeout(30 * time.Second); err != nil || v != "ready" {
			t.Fatalf("%v: child not ready: %v %v", c.sig, v, err)
		}
		syscall.Kill(p.Pid(), c.sig)
		if !p.JoinTimeout(30 * time.Second) {
			p.Kill()
			p.Join()
			t.Errorf("%v: the child went on running", c.sig)
			continue
		}
		if p.ExitCode() != -int(c.sig) || !strings.HasSuffix(p.String(), " stopped exitcode="+c.repr+">") {
			t.Errorf("%v: exit code %v, %s", c.sig, p.ExitCode(), p)
		}
	}
}
