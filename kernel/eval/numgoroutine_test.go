package eval

import "testing"

// TestNumGoroutineCountsTheProgram checks that runtime.NumGoroutine in a
// cell counts the session's program only: the cell's goroutine and the
// goroutines its cells started that still run (an earlier cell's too), not
// the kernel's or another session's.
func TestNumGoroutineCountsTheProgram(t *testing.T) {
	ts := newSession(t)
	if got := ts.ok(`import "runtime"
fmt.Println(runtime.NumGoroutine())`).stdout.String(); got != "1\n" {
		t.Fatalf("at start: got %q, want 1", got)
	}
	if got := ts.ok(`block := make(chan struct{})
started := make(chan struct{})
go func() { close(started); <-block }()
<-started
fmt.Println(runtime.NumGoroutine())`).stdout.String(); got != "2\n" {
		t.Fatalf("with a blocked goroutine: got %q, want 2", got)
	}
	if got := ts.ok(`fmt.Println(runtime.NumGoroutine())`).stdout.String(); got != "2\n" {
		t.Fatalf("in a later cell: got %q, want 2 (the earlier cell's goroutine still runs)", got)
	}

	other := newSession(t)
	if got := other.ok(`import "runtime"
fmt.Println(runtime.NumGoroutine())`).stdout.String(); got != "1\n" {
		t.Fatalf("another session: got %q, want 1", got)
	}

	if got := ts.ok(`close(block)
for i := 0; i < 5000 && runtime.NumGoroutine() > 1; i++ {
	time.Sleep(time.Millisecond)
}
fmt.Println(runtime.NumGoroutine())`).stdout.String(); got != "1\n" {
		t.Fatalf("after the goroutine ended: got %q, want 1", got)
	}
}
