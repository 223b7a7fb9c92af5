package timeline

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/threading"
)

// TestGallery writes SVG and PNG pictures of several scenarios to
// $TIMELINE_KEEP, to look at; it skips without it.
func TestGallery(t *testing.T) {
	dir := os.Getenv("TIMELINE_KEEP")
	if dir == "" {
		t.Skip("set TIMELINE_KEEP=dir to write the gallery")
	}
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium")
	}
	for name, r := range map[string]*Recording{
		"mutex":    mutexScenario(),
		"deadlock": deadlockScenario(),
		"prodcons": prodConsScenario(),
		"real":     realMutex(),
	} {
		svg := filepath.Join(dir, name+".svg")
		if err := os.WriteFile(svg, []byte(r.SVG()), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(r.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
			"--screenshot="+filepath.Join(dir, name+".png"), "--window-size=1100,420", "file://"+svg).CombinedOutput()
		if err != nil {
			t.Errorf("%s: %v %s", name, err, out)
		}
	}
}

func deadlockScenario() *Recording {
	r := script(1000,
		ev(0, 1, "MainThread", trace.ThreadJoin, "Thread 스레드 A", nil),
		ev(1, 2, "스레드 A", trace.ThreadStart, "Thread 스레드 A", nil),
		ev(1.2, 3, "스레드 B", trace.ThreadStart, "Thread 스레드 B", nil),
		ev(2, 2, "스레드 A", trace.LockAcquire, "lock_a", nil),
		ev(2.1, 3, "스레드 B", trace.LockAcquire, "lock_b", nil),
		ev(102, 2, "스레드 A", trace.LockWait, "lock_b", nil),
		ev(102.2, 3, "스레드 B", trace.LockWait, "lock_a", nil),
	)
	r.Title = "교착 상태: 두 락을 반대 순서로"
	return r
}

func prodConsScenario() *Recording {
	const main, p, c1, c2 = 1, 2, 3, 4
	evs := []trace.Event{
		ev(0.1, p, "생산자", trace.ThreadStart, "Thread 생산자", nil),
		ev(0.2, c1, "소비자 1", trace.ThreadStart, "Thread 소비자 1", nil),
		ev(0.3, c2, "소비자 2", trace.ThreadStart, "Thread 소비자 2", nil),
		ev(0.4, c1, "소비자 1", trace.QueueWait, "Queue#1", nil),
		ev(0.5, c2, "소비자 2", trace.QueueWait, "Queue#1", nil),
		ev(0.6, main, "MainThread", trace.QueueWait, "Queue#1", nil),
	}
	busy := map[int64]float64{c1: 0, c2: 0}
	for i := 0; i < 6; i++ {
		tp := 1 + float64(i)*1.5
		evs = append(evs, ev(tp, p, "생산자", trace.QueuePut, "Queue#1", i))
		c, name := int64(c1), "소비자 1"
		if busy[c2] < busy[c1] {
			c, name = c2, "소비자 2"
		}
		tg := max(tp+0.05, busy[c])
		evs = append(evs, ev(tg, c, name, trace.QueueGet, "Queue#1", i))
		evs = append(evs, ev(tg+0.1, c, name, trace.LockAcquire, "print_lock", nil))
		evs = append(evs, ev(tg+0.4, c, name, trace.LockRelease, "print_lock", nil))
		evs = append(evs, ev(tg+2.6, c, name, trace.QueueTaskDone, "Queue#1", nil))
		busy[c] = tg + 2.7
	}
	evs = append(evs, ev(10, p, "생산자", trace.ThreadEnd, "Thread 생산자", nil))
	r := script(14, evs...)
	r.Title = "생산자-소비자 (Queue)"
	return r
}

// realMutex records four real threads that take turns on a lock, each
// sleeping 2 ms inside it.
func realMutex() *Recording {
	mu := &threading.Lock{Name: "카운터 락"}
	tr := Start()
	var ths []*threading.Thread
	for i := 1; i <= 4; i++ {
		th := &threading.Thread{Name: fmt.Sprintf("작업자 %d", i), Target: func() {
			for j := 0; j < 3; j++ {
				mu.Acquire()
				time.Sleep(2 * time.Millisecond)
				mu.Release()
				time.Sleep(time.Millisecond)
			}
		}}
		th.Start()
		ths = append(ths, th)
	}
	for _, th := range ths {
		th.Join()
	}
	tr.Stop()
	tr.Title = "실제 실행: 락 하나를 네 스레드가"
	return tr
}
