package timeline

import (
	"testing"

	"github.com/gonotes/gonotes/lib/internal/trace"
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
