package eval

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Deadlock detection (deadlock.go). Every program here was run with `go run`
// (the deadlocked ones exit 2 with "fatal error: all goroutines are asleep -
// deadlock!" and the header of goroutine 1 given in want); the others print
// out and exit 0.

type deadlockCase struct {
	name, code, out, want string
}

var deadlockCases = []deadlockCase{
	{"unbufSend", "import (\n\t\"fmt\"\n)\n\nch := make(chan int)\nfmt.Println(\"before\")\nch <- 1\nfmt.Println(\"after\")", "before\n", "goroutine 1 [chan send"},
	{"unbufRecv", "import (\n\t\"fmt\"\n)\n\nch := make(chan int)\nfmt.Println(<-ch)", "", "goroutine 1 [chan receive"},
	{"wgMissingDone", "import (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar wg sync.WaitGroup\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func() {\n\t\tif i != 1 {\n\t\t\tdefer wg.Done()\n\t\t}\n\t}()\n}\nwg.Wait()\nfmt.Println(\"done\")", "", "goroutine 1 [sync.WaitGroup.Wait"},
	{"lockTwice", "import (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar mu sync.Mutex\nmu.Lock()\nfmt.Println(\"locked\")\nmu.Lock()", "locked\n", "goroutine 1 [sync.Mutex.Lock"},
	{"rangeNotClosed", "import (\n\t\"fmt\"\n)\n\nch := make(chan int)\ngo func() {\n\tfor i := 0; i < 3; i++ {\n\t\tch <- i\n\t}\n}()\nfor v := range ch {\n\tfmt.Println(v)\n}", "0\n1\n2\n", "goroutine 1 [chan receive"},
	{"eachWaitsOther", "import (\n\t\"fmt\"\n)\n\na, b := make(chan int), make(chan int)\ngo func() {\n\t<-a\n\tb <- 1\n}()\n<-b\na <- 1\nfmt.Println(\"never\")", "", "goroutine 1 [chan receive"},
	{"selectNoCases", "import (\n\t\"fmt\"\n)\n\nfmt.Println(\"waiting\")\nselect {}", "waiting\n", "goroutine 1 [select (no cases)"},
	{"selectTwoChans", "import (\n\t\"fmt\"\n)\n\na, b := make(chan int), make(chan string)\nselect {\ncase v := <-a:\n\tfmt.Println(v)\ncase b <- \"x\":\n\tfmt.Println(\"sent\")\n}", "", "goroutine 1 [select"},
	{"rwLockUnderRLock", "import (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar mu sync.RWMutex\nmu.RLock()\nfmt.Println(\"reading\")\nmu.Lock()", "reading\n", "goroutine 1 [sync.RWMutex.Lock"},
	{"condNoSignal", "import (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar mu sync.Mutex\nc := sync.NewCond(&mu)\nmu.Lock()\nfmt.Println(\"waiting\")\nc.Wait()", "waiting\n", "goroutine 1 [sync.Cond.Wait"},
	{"nilChanRecv", "import (\n\t\"fmt\"\n)\n\nvar ch chan int\nfmt.Println(\"nil\")\n<-ch", "nil\n", "goroutine 1 [chan receive"},
	{"workersBlocked", "import (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar wg sync.WaitGroup\nres := make(chan int)\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\tres <- i\n\t}()\n}\nwg.Wait()\nclose(res)\nfmt.Println(len(res))", "", "goroutine 1 [sync.WaitGroup.Wait"},
	{"recvOkForm", "import (\n\t\"fmt\"\n)\n\nch := make(chan int)\nv, ok := <-ch\nfmt.Println(v, ok)", "", "goroutine 1 [chan receive"},
}

var progressCases = []deadlockCase{
	{"sleepThenSend", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\nch := make(chan int)\ngo func() {\n\ttime.Sleep(1500 * time.Millisecond)\n\tch <- 42\n}()\nfmt.Println(<-ch)", "42\n", ""},
	{"timeAfterRecv", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\n<-time.After(2500 * time.Millisecond)\nfmt.Println(\"tick\")", "tick\n", ""},
	{"selectTimeout", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\nch := make(chan int)\nselect {\ncase v := <-ch:\n\tfmt.Println(v)\ncase <-time.After(2500 * time.Millisecond):\n\tfmt.Println(\"timeout\")\n}", "timeout\n", ""},
	{"newTimer", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\nt := time.NewTimer(2500 * time.Millisecond)\n<-t.C\nfmt.Println(\"timer\")", "timer\n", ""},
	{"ticker", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\nt := time.NewTicker(900 * time.Millisecond)\nfor i := 0; i < 3; i++ {\n\t<-t.C\n\tfmt.Println(\"tick\", i)\n}\nt.Stop()", "tick 0\ntick 1\ntick 2\n", ""},
	{"tick", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\nc := time.Tick(1200 * time.Millisecond)\n<-c\n<-c\nfmt.Println(\"two ticks\")", "two ticks\n", ""},
	{"afterFunc", "import (\n\t\"fmt\"\n\t\"time\"\n)\n\nch := make(chan string)\ntime.AfterFunc(2500*time.Millisecond, func() { ch <- \"fired\" })\nfmt.Println(<-ch)", "fired\n", ""},
	{"ctxTimeout", "import (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\nctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)\ndefer cancel()\n<-ctx.Done()\nfmt.Println(ctx.Err())", "context deadline exceeded\n", ""},
	{"ctxDeadline", "import (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\nctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(2500*time.Millisecond))\ndefer cancel()\nselect {\ncase <-ctx.Done():\n\tfmt.Println(ctx.Err())\n}", "context deadline exceeded\n", ""},
	{"wgSlowWorkers", "import (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nvar wg sync.WaitGroup\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\ttime.Sleep(time.Duration(i+1) * 800 * time.Millisecond)\n\t}()\n}\nwg.Wait()\nfmt.Println(\"all done\")", "all done\n", ""},
	{"mutexHeldBySleeper", "import (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nvar mu sync.Mutex\nmu.Lock()\ngo func() {\n\ttime.Sleep(2500 * time.Millisecond)\n\tmu.Unlock()\n}()\nmu.Lock()\nfmt.Println(\"got it\")", "got it\n", ""},
	{"execPipe", "import (\n\t\"fmt\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nout, err := exec.Command(\"sh\", \"-c\", \"sleep 2.5; echo hi\").Output()\nfmt.Println(strings.TrimSpace(string(out)), err)", "hi <nil>\n", ""},
	{"execPipeChan", "import (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os/exec\"\n)\n\ncmd := exec.Command(\"sh\", \"-c\", \"sleep 2.5; echo line\")\np, _ := cmd.StdoutPipe()\ncmd.Start()\nch := make(chan string)\ngo func() {\n\ts := bufio.NewScanner(p)\n\tfor s.Scan() {\n\t\tch <- s.Text()\n\t}\n\tclose(ch)\n}()\nfor l := range ch {\n\tfmt.Println(l)\n}\ncmd.Wait()", "line\n", ""},
	{"busyProducer", "import (\n\t\"fmt\"\n)\n\nch := make(chan int)\ngo func() {\n\tn := 0\n\tfor i := 0; i < 60000000; i++ {\n\t\tn += i % 7\n\t}\n\tch <- n\n}()\nfmt.Println(<-ch > 0)", "true\n", ""},
	{"condSignalLater", "import (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nvar mu sync.Mutex\nc := sync.NewCond(&mu)\nready := false\ngo func() {\n\ttime.Sleep(2500 * time.Millisecond)\n\tmu.Lock()\n\tready = true\n\tmu.Unlock()\n\tc.Signal()\n}()\nmu.Lock()\nfor !ready {\n\tc.Wait()\n}\nmu.Unlock()\nfmt.Println(\"ready\")", "ready\n", ""},
}

// runLimited runs code in ts, failing the test if it has not ended within
// a generous limit.
func runLimited(t *testing.T, ts *tsession, code string) *cell {
	t.Helper()
	done := make(chan *cell, 1)
	go func() { done <- ts.run(code) }()
	select {
	case c := <-done:
		return c
	case <-time.After(60 * time.Second):
		ts.s.Interrupt()
		t.Fatalf("the cell did not end:\n%s", code)
		return nil
	}
}

func init() {
	// This package's tests run cells from their own goroutines.
	engineFrame = func(f string) bool { return strings.HasPrefix(f, evalPkg+"Test") || f == evalPkg+"runLimited" }
}

// TestDeadlock runs the TestDeadlockAlone tests in a process of their own
// (GONOTES_DEADLOCK_TESTS=1): goroutines that other tests of the binary
// leave running are unknown to the detector and rightly keep it from
// reporting, so there a detector that reports too much could pass.
func TestDeadlock(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeadlockAlone", "-test.count=1", "-test.timeout=10m")
	cmd.Env = append(os.Environ(), "GONOTES_DEADLOCK_TESTS=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the deadlock tests alone: %v\n%s", err, out)
	}
}

// alone skips a TestDeadlockAlone test outside its own process (see
// TestDeadlock). Each test makes its own session: the timers its cells made
// (one NewTimer turns the detector off for the rest of the session) do not
// reach the next.
func alone(t *testing.T) {
	if os.Getenv("GONOTES_DEADLOCK_TESTS") == "" {
		t.Skip("run by TestDeadlock in a process of its own")
	}
}

func TestDeadlockAloneReported(t *testing.T) {
	alone(t)
	for _, dc := range deadlockCases {
		t.Run(dc.name, func(t *testing.T) {
			alone(t)
			ts := newSession(t)
			ts.ok("x := 7")
			c := runLimited(t, ts, dc.code)
			if got := c.stdout.String(); got != dc.out {
				t.Errorf("stdout %q, want %q", got, dc.out)
			}
			tr := traceback(c.err)
			if len(tr) == 0 || tr[0] != "fatal error: all goroutines are asleep - deadlock!" {
				t.Fatalf("error %v, trace %q: want Go's deadlock error", c.err, tr)
			}
			if !strings.Contains(strings.Join(tr, "\n"), dc.want) {
				t.Errorf("trace %q does not name %q", tr, dc.want)
			}
			// The kernel lives on, with its variables.
			if c := ts.ok("fmt.Println(x)"); c.stdout.String() != "7\n" {
				t.Errorf("after the deadlock: %q", c.stdout.String())
			}
		})
	}
}

func TestDeadlockAloneNotReported(t *testing.T) {
	alone(t)
	for _, dc := range progressCases {
		t.Run(dc.name, func(t *testing.T) {
			alone(t)
			ts := newSession(t)
			c := runLimited(t, ts, dc.code)
			if c.err != nil {
				t.Fatalf("error %v %q", c.err, traceback(c.err))
			}
			if got := c.stdout.String(); got != dc.out {
				t.Errorf("stdout %q, want %q", got, dc.out)
			}
		})
	}
}

// A goroutine of an earlier cell feeds the channel that a later cell waits
// on (after a pause): no deadlock.
func TestDeadlockAloneEarlierCellFeeds(t *testing.T) {
	alone(t)
	ts := newSession(t)
	ts.ok(`import "time"
ch := make(chan int)
go func() {
	for i := 0; i < 3; i++ {
		time.Sleep(1200 * time.Millisecond)
		ch <- i
	}
}()`)
	c := runLimited(t, ts, "for i := 0; i < 3; i++ {\n\tfmt.Println(<-ch)\n}")
	if c.err != nil || c.stdout.String() != "0\n1\n2\n" {
		t.Fatalf("%v %q", c.err, c.stdout.String())
	}
}

// Waits of the library (lib/threading, lib/queue) are not known to the
// detector: a cell blocked in one is never reported, and one that finishes
// finishes.
func TestDeadlockAloneLibraryWaits(t *testing.T) {
	alone(t)
	ts := newSession(t)
	c := runLimited(t, ts, `import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var ev threading.Event
var mu threading.Lock
q := queue.New(0)
mu.Acquire()
go func() {
	time.Sleep(1500 * time.Millisecond)
	q.Put(5)
	mu.Release()
	ev.Set()
}()
fmt.Println(q.Get())
mu.Acquire()
ev.Wait()
fmt.Println("set")`)
	if c.err != nil || c.stdout.String() != "5\nset\n" {
		t.Fatalf("%v %q %q", c.err, traceback(c.err), c.stdout.String())
	}
}

// The report names the line each blocked goroutine waits at (the cell's
// main goroutine) or was started at (the others), as Go's names the lines
// of main.go. The cell is the body of this main, whose `go run` reports
// goroutine 1 [chan receive] at main.go:13 (cell line 8) and a goroutine
// [chan send] created at main.go:8 (cell line 3):
//
//	package main
//
//	import "fmt"
//
//	func main() {
//		ch := make(chan int)
//		done := make(chan bool)
//		go func() {
//			ch <- 1
//			done <- true
//		}()
//		fmt.Println("waiting")
//		<-done
//	}
func TestDeadlockAloneReportNamesCellLines(t *testing.T) {
	alone(t)
	ts := newSession(t)
	c := runLimited(t, ts, "ch := make(chan int)\ndone := make(chan bool)\ngo func() {\n\tch <- 1\n\tdone <- true\n}()\nfmt.Println(\"waiting\")\n<-done")
	tr := strings.Join(traceback(c.err), "\n")
	if !strings.Contains(tr, "all goroutines are asleep - deadlock!") {
		t.Fatalf("error %v, trace %q: want Go's deadlock error", c.err, tr)
	}
	if !strings.Contains(tr, "goroutine 1 [chan receive]: cell line 8\n") {
		t.Errorf("the main goroutine's line is not named:\n%s", tr)
	}
	if !regexp.MustCompile(`(?m)^goroutine \d+ \[chan send\]: started at cell line 3$`).MatchString(tr) {
		t.Errorf("the blocked goroutine's go statement is not named:\n%s", tr)
	}
}

// A timer that may still fire keeps the detector off for the session whose
// cell made it, not for the others (tests and GONOTES_SINGLE_PROCESS run
// many sessions in one process): a timer can wake only its own
// interpreter's goroutines.
func TestDeadlockAloneTimerOfAnotherSession(t *testing.T) {
	alone(t)
	other := newSession(t)
	other.ok("import \"time\"\ntm := time.NewTimer(time.Hour)\n_ = tm")
	ts := newSession(t)
	c := runLimited(t, ts, "ch := make(chan int)\n<-ch")
	if tr := traceback(c.err); len(tr) == 0 || tr[0] != "fatal error: all goroutines are asleep - deadlock!" {
		t.Fatalf("error %v, trace %q: want Go's deadlock error", c.err, tr)
	}
	// In the session that made it, the timer keeps the detector off: the
	// cell is stopped by an interrupt, not reported.
	done := make(chan *cell, 1)
	go func() { done <- other.run("ch := make(chan int)\n<-ch") }()
	for other.s.running.Load() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(3 * deadlockAfter)
	other.s.Interrupt()
	if c := <-done; c.err == nil || strings.Contains(strings.Join(traceback(c.err), "\n"), "deadlock") {
		t.Errorf("the cell with a pending timer: %v %q, want it interrupted", c.err, traceback(c.err))
	}
}
