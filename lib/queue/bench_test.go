package queue

import "testing"

// BenchmarkQueuePutGet is one producer and one consumer passing b.N items
// through an unbounded Queue; ns/op is per item (one Put and one Get).
func BenchmarkQueuePutGet(b *testing.B) {
	var q Queue
	done := make(chan struct{})
	go func() {
		for i := 0; i < b.N; i++ {
			q.Get()
		}
		close(done)
	}()
	for i := 0; i < b.N; i++ {
		q.Put(i)
	}
	<-done
}

// BenchmarkQueuePutGetBounded is BenchmarkQueuePutGet through Queue(10), as
// the seed's pipeline.
func BenchmarkQueuePutGetBounded(b *testing.B) {
	q := New(10)
	done := make(chan struct{})
	go func() {
		for i := 0; i < b.N; i++ {
			q.Get()
		}
		close(done)
	}()
	for i := 0; i < b.N; i++ {
		q.Put(i)
	}
	<-done
}

// BenchmarkQueueSameGoroutine is Put then Get in one goroutine (no
// hand-off): the cost of the queue itself.
func BenchmarkQueueSameGoroutine(b *testing.B) {
	var q Queue
	for i := 0; i < b.N; i++ {
		q.Put(i)
		q.Get()
	}
}

func BenchmarkPriorityQueue(b *testing.B) {
	var q PriorityQueue
	for i := 0; i < 100; i++ {
		q.Put(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q.Put(i % 200)
		q.Get()
	}
}
