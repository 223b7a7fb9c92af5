package sync

import "testing"

func BenchmarkMutexLockUnlock(b *testing.B) {
	var m Mutex
	for i := 0; i < b.N; i++ {
		m.Lock()
		m.Unlock()
	}
}

func BenchmarkMutexContended(b *testing.B) {
	var m Mutex
	n := 0
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			m.Lock()
			n++
			m.Unlock()
		}
	})
}

func BenchmarkRWMutexRLock(b *testing.B) {
	var m RWMutex
	for i := 0; i < b.N; i++ {
		m.RLock()
		m.RUnlock()
	}
}

func BenchmarkRWMutexLock(b *testing.B) {
	var m RWMutex
	for i := 0; i < b.N; i++ {
		m.Lock()
		m.Unlock()
	}
}

func BenchmarkWaitGroup(b *testing.B) {
	var wg WaitGroup
	for i := 0; i < b.N; i++ {
		wg.Add(1)
		wg.Done()
		wg.Wait()
	}
}
