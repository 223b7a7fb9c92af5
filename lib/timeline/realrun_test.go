package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/threading"
)

// waited reports whether r holds a wait event of kind by thread on an
// object whose name contains obj.
func (r *Recording) waited(thread, kind, obj string) bool {
	evs, _, _, _ := r.snapshot()
	for _, e := range evs {
		if e.Thread == thread && e.Kind == kind && strings.Contains(e.Obj, obj) {
			return true
		}
	}
	return false
}

// Two threads contend a Lock: the second waits while the first holds it,
// and the picture shows that wait.
func TestRealLockContention(t *testing.T) {
	mu := &threading.Lock{Name: "공유 락"}
	tr := Start()
	defer tr.Stop()
	held := make(chan struct{})
	first := &threading.Thread{Name: "작업자 1", Target: func() {
		mu.Acquire()
		close(held)
		// Hold the lock until 작업자 2 is blocked on it (no timing).
		deadline := time.Now().Add(20 * time.Second)
		for !tr.waited("작업자 2", trace.LockWait, "공유 락") && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		mu.Release()
	}}
	second := &threading.Thread{Name: "작업자 2", Target: func() {
		<-held
		mu.Acquire()
		mu.Release()
	}}
	first.Start()
	second.Start()
	first.Join()
	second.Join()
	tr.Stop()

	root := parseSVG(t, tr.SVG())
	lanes := lanesByName(root)
	l2 := lanes["작업자 2"]
	if l2 == nil {
		t.Fatalf("no lane for 작업자 2 in %v", keys(lanes))
	}
	var wait *node
	for _, w := range l2.all("wait") {
		if strings.Contains(w.attr("data-obj"), "공유 락") {
			wait = w
		}
	}
	if wait == nil {
		t.Fatalf("작업자 2 has no wait bar for 공유 락:\n%s", tr)
	}
	// 작업자 1 holds the lock when the wait starts and releases it before the
	// wait ends.
	var covered bool
	for _, h := range lanes["작업자 1"].all("hold") {
		if strings.Contains(h.attr("data-obj"), "공유 락") && h.ms("data-from-ms", t) <= wait.ms("data-from-ms", t) && h.ms("data-to-ms", t) > wait.ms("data-from-ms", t) && h.ms("data-to-ms", t) <= wait.ms("data-to-ms", t) {
			covered = true
		}
	}
	if !covered {
		t.Errorf("작업자 1's hold of 공유 락 does not cover 작업자 2's wait:\n%s", tr)
	}
	if s := tr.Summary(); !strings.Contains(s, "공유 락") {
		t.Errorf("summary does not name the lock:\n%s", s)
	}
}

func TestStartStopHook(t *testing.T) {
	if trace.On() {
		t.Fatal("tracing is on before any recording")
	}
	a := Start()
	b := Start()
	trace.Emit(trace.Event{G: 1, Thread: "x", Kind: trace.EventSet, Obj: "Event#1"})
	a.Stop()
	if !trace.On() {
		t.Fatal("tracing went off while b still records")
	}
	trace.Emit(trace.Event{G: 1, Thread: "x", Kind: trace.EventSet, Obj: "Event#1"})
	if b.Stop() != b {
		t.Fatal("Stop does not return the recording")
	}
	trace.Emit(trace.Event{G: 1, Thread: "x", Kind: trace.EventSet, Obj: "Event#1"})
	if trace.On() {
		t.Fatal("tracing still on after every recording stopped")
	}
	if a.Len() != 1 || b.Len() != 2 {
		t.Errorf("a has %d events, b %d; want 1 and 2", a.Len(), b.Len())
	}
	b.Stop() // again: nothing happens

	// Someone else's recorder keeps getting events while ours is on, and
	// is back afterwards.
	var theirs int
	trace.SetHook(func(trace.Event) { theirs++ })
	defer trace.SetHook(nil)
	c := Start()
	trace.Emit(trace.Event{Kind: trace.EventSet})
	c.Stop()
	trace.Emit(trace.Event{Kind: trace.EventSet})
	if theirs != 2 || c.Len() != 1 {
		t.Errorf("foreign recorder got %d events (want 2), ours %d (want 1)", theirs, c.Len())
	}
}

// A consumer waits on a real Condition until the producer notifies it: a
// condition wait, and no hold of the condition's lock during it.
func TestRealCondition(t *testing.T) {
	var cond threading.Condition
	cond.Name = "새 항목"
	items := 0
	tr := Start()
	defer tr.Stop()
	consumer := &threading.Thread{Name: "소비자", Target: func() {
		cond.Acquire()
		for items == 0 {
			cond.Wait()
		}
		items--
		cond.Release()
	}}
	producer := &threading.Thread{Name: "생산자", Target: func() {
		deadline := time.Now().Add(20 * time.Second)
		for !tr.waited("소비자", trace.CondWait, "새 항목") && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		cond.Acquire()
		items++
		cond.Notify(1)
		cond.Release()
	}}
	consumer.Start()
	producer.Start()
	consumer.Join()
	producer.Join()
	tr.Stop()

	lanes := lanesByName(parseSVG(t, tr.SVG()))
	var wait *node
	for _, w := range lanes["소비자"].all("wait") {
		if w.attr("data-kind") == trace.CondWait {
			wait = w
		}
	}
	if wait == nil {
		t.Fatalf("no condition wait for the consumer:\n%s", tr)
	}
	for _, h := range lanes["소비자"].all("hold") {
		if h.ms("data-from-ms", t) < wait.ms("data-to-ms", t) && h.ms("data-to-ms", t) > wait.ms("data-from-ms", t)+0.001 {
			t.Errorf("the consumer holds %s during its condition wait:\n%s", h.attr("data-obj"), tr)
		}
	}
}
