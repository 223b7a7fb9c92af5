package timeline

import (
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

// The benchmarks compare library operations with tracing off (no recorder:
// the default) and on (a Recording installed). Run them with
//
//	go test -run XXX -bench . ./lib/timeline
//
// and compare the off/on pairs.

// forget drops the recorded events, as if a fresh recording began, so
// that a long benchmark does not hit MaxEvents (growing the buffer again
// is part of the measured cost).
func (r *Recording) forget() {
	r.mu.Lock()
	r.full, r.cur, r.n = nil, nil, 0
	r.mu.Unlock()
}

const forgetEvery = 1 << 16

// traced runs bench with tracing off, then on.
func traced(b *testing.B, bench func(b *testing.B, tr *Recording)) {
	b.Run("off", func(b *testing.B) {
		if trace.On() {
			b.Fatal("tracing on")
		}
		bench(b, nil)
	})
	b.Run("on", func(b *testing.B) {
		tr := Start()
		defer tr.Stop()
		bench(b, tr)
	})
}

func BenchmarkLockAcquireRelease(b *testing.B) {
	traced(b, func(b *testing.B, tr *Recording) {
		var mu threading.Lock
		for i := 0; i < b.N; i++ {
			mu.Acquire()
			mu.Release()
			if tr != nil && i%forgetEvery == 0 {
				tr.forget()
			}
		}
	})
}

// A contended lock: every goroutine of RunParallel increments a counter
// under one Lock.
func BenchmarkLockContended(b *testing.B) {
	traced(b, func(b *testing.B, tr *Recording) {
		var mu threading.Lock
		counter := 0
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				mu.Acquire()
				counter++
				mu.Release()
				i++
				if tr != nil && i%forgetEvery == 0 {
					tr.forget()
				}
			}
		})
	})
}

func BenchmarkSemaphoreAcquireRelease(b *testing.B) {
	traced(b, func(b *testing.B, tr *Recording) {
		s := threading.NewSemaphore(2)
		for i := 0; i < b.N; i++ {
			s.Acquire()
			s.Release()
			if tr != nil && i%forgetEvery == 0 {
				tr.forget()
			}
		}
	})
}

func BenchmarkQueuePutGet(b *testing.B) {
	traced(b, func(b *testing.B, tr *Recording) {
		q := queue.New(0)
		for i := 0; i < b.N; i++ {
			q.Put(i)
			q.Get()
			if tr != nil && i%forgetEvery == 0 {
				tr.forget()
			}
		}
	})
}

// A producer and a consumer goroutine hand items over through a bounded
// queue, blocking on each other.
func BenchmarkQueueHandOff(b *testing.B) {
	traced(b, func(b *testing.B, tr *Recording) {
		q := queue.New(16)
		done := make(chan struct{})
		go func() {
			for i := 0; i < b.N; i++ {
				q.Get()
			}
			close(done)
		}()
		for i := 0; i < b.N; i++ {
			q.Put(i)
			if tr != nil && i%forgetEvery == 0 {
				tr.forget()
			}
		}
		<-done
	})
}

// A lock around a little work (about a microsecond here), as in a notebook
// cell: the cost of tracing relative to the work done.
func BenchmarkLockWithWork(b *testing.B) {
	traced(b, func(b *testing.B, tr *Recording) {
		var mu threading.Lock
		x := 0
		for i := 0; i < b.N; i++ {
			mu.Acquire()
			for j := 0; j < 3000; j++ {
				x += j ^ i
			}
			mu.Release()
			if tr != nil && i%forgetEvery == 0 {
				tr.forget()
			}
		}
		sinkInt = x
	})
}

var sinkInt int

// The check every primitive makes while tracing is off.
func BenchmarkTraceOnCheck(b *testing.B) {
	n := 0
	for i := 0; i < b.N; i++ {
		if trace.On() {
			n++
		}
	}
	if n != 0 {
		b.Fatal("tracing on")
	}
}

// The cost of storing one event, without reading the clock.
func BenchmarkRecordStamped(b *testing.B) {
	tr := Start()
	defer tr.Stop()
	e := trace.Event{Time: t0, G: 1, Thread: "MainThread", Kind: trace.LockAcquire, Obj: "Lock#1"}
	for i := 0; i < b.N; i++ {
		trace.Emit(e)
		if i%forgetEvery == 0 {
			tr.forget()
		}
	}
}

// The cost of recording one event, the hook alone.
func BenchmarkRecord(b *testing.B) {
	tr := Start()
	defer tr.Stop()
	e := trace.Event{G: 1, Thread: "MainThread", Kind: trace.LockAcquire, Obj: "Lock#1"}
	for i := 0; i < b.N; i++ {
		trace.Emit(e)
		if i%forgetEvery == 0 {
			tr.forget()
		}
	}
}

// BenchmarkPNG draws the PNG of a recording like the GIL cell of notebook
// 04 (two threads taking turns with a lock): the cell waits for it.
func BenchmarkPNG(b *testing.B) {
	tr := Start()
	tr.Title = "GIL 흉내: 락 하나를 번갈아 잡으며 계산한다"
	gil := &threading.Lock{Name: "GIL"}
	work := func() {
		for k := 0; k < 4; k++ {
			gil.Acquire()
			time.Sleep(time.Millisecond)
			gil.Release()
		}
	}
	p1 := &threading.Thread{Name: "스레드 1", Target: work}
	p2 := &threading.Thread{Name: "스레드 2", Target: work}
	p1.Start()
	p2.Start()
	p1.Join()
	p2.Join()
	tr.Stop()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = len(tr.PNG())
	}
	b.ReportMetric(float64(n), "bytes")
}
