package threading

import (
	"testing"
)

func namedWorker() {}

type runner struct{}

func (runner) Run() {}

func (runner) Work() {}

// Default names as Python ≥ 3.10 gives them: "Thread-N (target)" for a
// named function; N counts unnamed threads only. From python3 (3.11):
//
//	t1 = Thread(target=worker)     Thread-1 (worker)
//	t3 = W(); t3.start()           Thread-3    (class W(Thread) overriding run)
//	t4 = Thread()                  Thread-4
//	t5 = Thread(target=worker, name="custom")   custom
//	t6 = Thread(target=R().work)   Thread-6 (work)
//	t7 = Thread(target=R().run)    Thread-7 (run)   (R a plain class)
//
// A method value named Run as the Target is taken for the Go form of a
// subclass overriding run() (threading's package documentation): no target
// name. That is a convention Go cannot check: it holds for a method Run of
// any type, where Python names t7 after its target; TargetName names it.
// A Go func literal (the translation of target=f, args=(...)) has no name:
// "Thread-N" alone. TargetName names the target where Go cannot (the
// gonotes kernel sets it for notebook funcs).
func TestDefaultNameNamesTheTarget(t *testing.T) {
	setup(t)
	start := func(th *Thread) string { th.Start(); th.Join(); return th.Name }
	if got := start(&Thread{Target: namedWorker}); got != "Thread-1 (namedWorker)" {
		t.Errorf("named func: %q", got)
	}
	if got := start(&Thread{Target: func() {}}); got != "Thread-2" {
		t.Errorf("func literal: %q", got)
	}
	if got := start(&Thread{Target: runner{}.Run}); got != "Thread-3" {
		t.Errorf("method value Run (a subclass's run): %q", got)
	}
	if got := start(&Thread{}); got != "Thread-4" {
		t.Errorf("no target: %q", got)
	}
	if got := start(&Thread{Target: namedWorker, Name: "custom"}); got != "custom" {
		t.Errorf("named thread: %q", got)
	}
	if got := start(&Thread{Target: func() {}, TargetName: "download"}); got != "Thread-5 (download)" {
		t.Errorf("TargetName: %q", got)
	}
	if got := start(&Thread{Target: runner{}.Work}); got != "Thread-6 (Work)" {
		t.Errorf("method value: %q", got)
	}
	if got := start(&Thread{Target: runner{}.Run, TargetName: "run"}); got != "Thread-7 (run)" {
		t.Errorf("method value Run of a plain type, named: %q", got)
	}
}

// A thread started by a daemon thread is a daemon, as in Python, where
// daemon defaults to current_thread().daemon. From python3: a thread made
// in a daemon thread has daemon True, in a non-daemon thread False:
//
//	[(True, True), (False, False)]
func TestDaemonIsInherited(t *testing.T) {
	setup(t)
	inner := func(daemon bool) bool {
		var child *Thread
		outer := &Thread{Daemon: daemon, Target: func() {
			child = &Thread{Target: func() {}}
			child.Start()
			child.Join()
		}}
		outer.Start()
		outer.Join()
		return child.IsDaemon()
	}
	if !inner(true) {
		t.Error("a thread started by a daemon thread is not a daemon")
	}
	if inner(false) {
		t.Error("a thread started by a non-daemon thread is a daemon")
	}
	main := &Thread{Target: func() {}}
	main.Start()
	main.Join()
	if main.IsDaemon() {
		t.Error("a thread started by the main thread is a daemon")
	}
}
