package multiprocessing_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// TestQueueJoinThreadNotClosed: as Python's join_thread, JoinThread asserts
// that the queue was closed, and the messages of a JoinableQueue name its
// class.
func TestQueueJoinThreadNotClosed(t *testing.T) {
	defer multiprocessing.Shutdown()
	q := multiprocessing.NewQueue()
	mustPanic(t, fmt.Sprintf("AssertionError: Queue %s not closed", q), q.JoinThread)
	q.Close()
	q.JoinThread()

	jq := multiprocessing.NewJoinableQueue()
	want := fmt.Sprintf("AssertionError: Queue %s not closed", jq)
	if !strings.Contains(want, "JoinableQueue object at") {
		t.Fatalf("JoinableQueue repr %q", jq)
	}
	mustPanic(t, want, jq.JoinThread)
	jq.Close()
	if err := jq.Put(1); err == nil || err.Error() != fmt.Sprintf("ValueError: Queue %s is closed", jq) {
		t.Errorf("Put on a closed JoinableQueue: %v", err)
	}
	jq.JoinThread()
}
