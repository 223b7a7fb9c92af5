package futures

import (
	"sync"
	"testing"

	"github.com/gonotes/gonotes/lib/threading"
)

// An executor never shut down: its workers are non-daemon threads (as
// Python's since 3.9), and threading.JoinAll, Python's exit, lets them run
// the queued tasks before it returns.
func TestJoinAllRunsTheQueuedTasksOfAnExecutorNotShutDown(t *testing.T) {
	var mu sync.Mutex
	var ran []int
	var daemon bool
	gate := &threading.Event{}
	main := &threading.Thread{Target: func() {
		ex := &ThreadPoolExecutor{MaxWorkers: 1}
		ex.SubmitFunc(func() { daemon = threading.CurrentThread().IsDaemon() })
		for i := range 3 {
			ex.SubmitFunc(func() {
				gate.Wait()
				mu.Lock()
				ran = append(ran, i)
				mu.Unlock()
			})
		}
		gate.Set()
		threading.JoinAll()
	}}
	main.SetDaemon(false) // the test's goroutine is a dummy (daemon) thread
	main.Start()
	main.Join()
	mu.Lock()
	defer mu.Unlock()
	if daemon {
		t.Error("a worker started by a non-daemon thread is a daemon; Python's are not")
	}
	if len(ran) != 3 {
		t.Fatalf("after JoinAll, tasks run: %v, want all 3", ran)
	}
}
