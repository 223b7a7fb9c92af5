package threading

import (
	"sync"
	"testing"
)

// The workloads of the cross-language bench (CPython numbers in issue 3).

func BenchmarkLockUncontended(b *testing.B) {
	var mu Lock
	for i := 0; i < b.N; i++ {
		mu.Acquire()
		mu.Release()
	}
}

func BenchmarkRLockUncontended(b *testing.B) {
	var mu RLock
	for i := 0; i < b.N; i++ {
		mu.Acquire()
		mu.Release()
	}
}

// BenchmarkSyncMutex is the baseline: a bare sync.Mutex.
func BenchmarkSyncMutex(b *testing.B) {
	var mu sync.Mutex
	for i := 0; i < b.N; i++ {
		mu.Lock()
		mu.Unlock()
	}
}

// BenchmarkLockContended2 is two threads incrementing a counter under one
// Lock; ns/op is per acquire+release.
func BenchmarkLockContended2(b *testing.B) {
	var mu Lock
	counter := 0
	n := b.N / 2
	work := func() {
		for i := 0; i < n; i++ {
			mu.Acquire()
			counter++
			mu.Release()
		}
	}
	t1, t2 := &Thread{Target: work}, &Thread{Target: work}
	b.ResetTimer()
	t1.Start()
	t2.Start()
	t1.Join()
	t2.Join()
	if counter != 2*n {
		b.Fatal("lost increments")
	}
}

func BenchmarkSemaphore(b *testing.B) {
	s := NewSemaphore(2)
	for i := 0; i < b.N; i++ {
		s.Acquire()
		s.Release()
	}
}

// BenchmarkSemaphoreContended4 is four threads sharing a Semaphore(2).
func BenchmarkSemaphoreContended4(b *testing.B) {
	s := NewSemaphore(2)
	n := b.N / 4
	var ths []*Thread
	for i := 0; i < 4; i++ {
		ths = append(ths, &Thread{Target: func() {
			for i := 0; i < n; i++ {
				s.Acquire()
				s.Release()
			}
		}})
	}
	b.ResetTimer()
	for _, t := range ths {
		t.Start()
	}
	for _, t := range ths {
		t.Join()
	}
}

func BenchmarkThreadStartJoin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		t := &Thread{Target: func() {}}
		t.Start()
		t.Join()
	}
}

func BenchmarkEventSetWait(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var e Event
		e.Set()
		e.Wait()
	}
}
