package zmq4

import (
	"fmt"
	"testing"
)

// TestQueueOrder checks that messages leave in the order they were pushed,
// across pops interleaved with pushes (the storage is reused and compacted).
func TestQueueOrder(t *testing.T) {
	q := NewQueue()
	next, want := 0, 0
	push := func(n int) {
		for i := 0; i < n; i++ {
			q.Push(NewMsgString(fmt.Sprint(next)))
			next++
		}
	}
	pop := func(n int) {
		for i := 0; i < n; i++ {
			msg, ok := q.Peek()
			if !ok {
				t.Fatalf("Peek: empty queue, want message %d", want)
			}
			if got := string(msg.Frames[0]); got != fmt.Sprint(want) {
				t.Fatalf("Peek = %q, want %d", got, want)
			}
			q.Pop()
			want++
		}
	}
	for round := 0; round < 50; round++ {
		push(round%7 + 1)
		pop(round % 5)
		if q.Len() != next-want {
			t.Fatalf("Len = %d, want %d", q.Len(), next-want)
		}
	}
	pop(q.Len())
	if _, ok := q.Peek(); ok || q.Len() != 0 {
		t.Fatalf("queue not empty after popping everything: Len = %d", q.Len())
	}
}

// TestQueueDrainedAllocatesNothing checks that a queue emptied after each
// message, what a PUB socket's writer does when it keeps up, pushes without
// allocating: upstream's queue allocated an 8 KiB chunk, a list element and
// a boxed message for every message pushed.
func TestQueueDrainedAllocatesNothing(t *testing.T) {
	q := NewQueue()
	msg := NewMsgString("status")
	q.Push(msg)
	q.Pop()
	if n := testing.AllocsPerRun(100, func() {
		q.Push(msg)
		q.Push(msg)
		q.Pop()
		q.Pop()
	}); n != 0 {
		t.Errorf("push and pop of a drained queue: %v allocations, want 0", n)
	}
}
