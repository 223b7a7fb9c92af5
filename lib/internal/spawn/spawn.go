// Package spawn starts child processes for lib/subprocess and
// lib/multiprocessing so that no child outlives the program that started
// it, and routes a child's output to the notebook cell that started it.
package spawn

import (
	"io"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"syscall"

	_ "github.com/gonotes/gonotes/internal/unixonly" // a build for another system fails with one clear message
	"github.com/gonotes/gonotes/lib/hook"
)

var (
	once  sync.Once
	queue chan func()
)

// Start starts cmd. On Linux the child gets SIGKILL when this process dies
// (PR_SET_PDEATHSIG), whatever the way it dies (kill -9 included). The
// kernel delivers that signal when the *thread* that forked the child
// exits, so every child is forked from one dedicated goroutine locked to an
// OS thread that never exits.
func Start(cmd *exec.Cmd) error {
	setDeathSignal(cmd)
	once.Do(func() {
		queue = make(chan func())
		go func() {
			runtime.LockOSThread() // never unlocked: the thread lives as long as the process
			for f := range queue {
				f()
			}
		}()
	})
	errc := make(chan error, 1)
	queue <- func() { errc <- cmd.Start() }
	return <-errc
}

// ExitCode returns a finished process's return code the way Python reports
// it: the exit status, or minus the signal number that killed it.
func ExitCode(state *os.ProcessState) int {
	if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return state.ExitCode()
}

// Output returns where a child's standard output (stderr true: standard
// error) should go when the caller does not capture it: nil when the
// calling goroutine belongs to no scope (a compiled program; the child then
// inherits this process's own file), else a writer bound to the caller's
// scope, so that the output reaches the cell that started the child even if
// another cell runs by the time it is printed.
func Output(stderr bool) io.Writer {
	s := hook.Current()
	if s == nil {
		return nil
	}
	return ScopeWriter(s, stderr)
}

// ScopeWriter returns a writer to s's Stdout (or Stderr), falling back to
// the process's own os.Stdout/os.Stderr when s does not set it.
func ScopeWriter(s *hook.Scope, stderr bool) io.Writer {
	return scopeWriter{s: s, err: stderr}
}

type scopeWriter struct {
	s   *hook.Scope
	err bool
}

func (w scopeWriter) Write(p []byte) (int, error) {
	switch {
	case w.s != nil && w.err && w.s.Stderr != nil:
		return w.s.Stderr.Write(p)
	case w.s != nil && !w.err && w.s.Stdout != nil:
		return w.s.Stdout.Write(p)
	case w.err:
		return os.Stderr.Write(p)
	default:
		return os.Stdout.Write(p)
	}
}
