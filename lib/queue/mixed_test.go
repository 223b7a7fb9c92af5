package queue

import (
	"strings"
	"testing"
	"time"
)

// A putter waiting for room in a full PriorityQueue with an item that
// cannot be ordered with the queue's fails with Python's TypeError when room
// is made (its item in the heap all the same, as in CPython), and the queue
// goes on working (it used to stay locked for ever).
func TestWaitingPutterWithUnorderableItem(t *testing.T) {
	q := NewPriorityQueue(2)
	q.Put(1)
	q.Put(2)
	failed := make(chan any, 1)
	go func() {
		defer func() { failed <- recover() }()
		q.Put("x")
	}()
	for waiting := 0; waiting == 0; {
		time.Sleep(time.Millisecond) // until the putter waits
		q.c.mu.Lock()
		waiting = q.c.putters.Len()
		q.c.mu.Unlock()
	}
	if got := q.Get(); got != 1 {
		t.Fatalf("Get = %v, want 1", got)
	}
	p := <-failed
	if p == nil || !strings.Contains(p.(error).Error(), "TypeError") {
		t.Fatalf("the waiting putter got %v, want a TypeError panic", p)
	}
	// As in CPython, the refused item is in the heap all the same (not
	// counted as an unfinished task): 2 then "x" come out.
	if q.Qsize() != 2 {
		t.Fatalf("Qsize %d after the failed put, want CPython's 2", q.Qsize())
	}
	for _, want := range []any{2, "x"} {
		if got, err := q.GetNowait(); got != want || err != nil {
			t.Fatalf("after the failed put: %v, %v; want %v", got, err, want)
		}
	}
	q.Put(3)
	if got, err := q.GetNowait(); got != 3 || err != nil {
		t.Fatalf("then: %v, %v; want 3", got, err)
	}
	if !q.Empty() || q.UnfinishedTasks() != 3 {
		t.Fatalf("Empty %v, UnfinishedTasks %d, want true, 3", q.Empty(), q.UnfinishedTasks())
	}
}
