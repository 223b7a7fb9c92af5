package sync

import (
	"fmt"
	"runtime"
	gosync "sync"
	"testing"

	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync/internal/sync"
	"github.com/gonotes/gonotes/lib/hook"
)

// TestInterruptAtRandomPoints interrupts goroutines that lock, wait and
// signal at varying points: every wait ends, the table of waiters ends
// empty, and the locks are free and zero afterwards.
func TestInterruptAtRandomPoints(t *testing.T) {
	for round := 0; round < 200; round++ {
		var m Mutex
		var rw RWMutex
		var wg WaitGroup
		c := NewCond(&m)
		s := hook.NewScope(1, nil, nil)
		var done gosync.WaitGroup
		for g := 0; g < 12; g++ {
			done.Add(1)
			go func() {
				defer done.Done()
				defer hook.Bind(s)()
				defer func() { recover() }()
				for j := 0; j < 200; j++ {
					switch (g + j) % 5 {
					case 0:
						m.Lock()
						if j%7 == 0 {
							c.Signal()
						}
						m.Unlock()
					case 1:
						rw.Lock()
						rw.Unlock()
					case 2:
						rw.RLock()
						rw.RUnlock()
					case 3:
						wg.Add(1)
						go wg.Done()
						wg.Wait()
					case 4:
						m.Lock()
						if j%11 == 0 && g%3 == 0 {
							c.Wait()
						}
						m.Unlock()
					}
				}
			}()
		}
		for i := 0; i < round*50; i++ {
			runtime.Gosched()
		}
		s.Interrupt()
		done.Wait()
		wg.Wait()
		if w := isync.Waiting(); w != 0 {
			t.Fatalf("round %d: %d waiting", round, w)
		}
		if !m.TryLock() {
			t.Fatalf("round %d: mutex held: %v", round, &m)
		}
		m.Unlock()
		if !rw.TryLock() {
			t.Fatalf("round %d: rw held: %+v", round, &rw)
		}
		rw.Unlock()
		if fmt.Sprint(&m, &rw) != fmt.Sprint(&Mutex{}, &RWMutex{}) {
			t.Fatalf("round %d: %v %+v", round, &m, &rw)
		}
	}
}
