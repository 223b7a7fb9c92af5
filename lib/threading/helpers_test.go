package threading

import (
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// setup gives each test a clean library state, with the test goroutine as
// the main thread.
func setup(t *testing.T) {
	t.Helper()

	waits.Reset()
	resetForTest()
	hook.SetMainGoroutine(hook.GoID())
	t.Cleanup(func() { hook.SetMainGoroutine(0) })
}

// catch runs f and returns what it panicked with.
func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

// cell returns a new scope whose output is captured, as the kernel makes
// one for a cell.
func cell(t *testing.T) (s *hook.Scope, stdout, stderr *testutil.Buffer) {
	stdout, stderr = &testutil.Buffer{}, &testutil.Buffer{}
	s = hook.NewScope(1, stdout, stderr)
	return s, stdout, stderr
}

// in runs f in the calling goroutine bound to s.
func in(s *hook.Scope, f func()) {
	defer hook.Bind(s)()
	f()
}

// waitBlocked waits until n goroutines are registered as blocked in
// library waits (untimed waits register), or fails after a generous time.
func waitBlocked(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for waits.Blocked() < n {
		if time.Now().After(deadline) {
			t.Fatalf("only %d goroutines blocked, want %d", waits.Blocked(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

// eventually waits until cond holds, or fails after a generous time.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}
