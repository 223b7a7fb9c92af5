package multiprocessing_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"testing"
	"time"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

// TestMain makes the test binary its own child: started by the package as a
// child process, it runs the target it is given and exits.
func TestMain(m *testing.M) {
	if os.Getenv("MP_TEST_WORKER") == "1" {
		// A stand-in for `gonotes worker`: functions found by their short
		// name through ServeChild, as the kernel's replayed session does.
		os.Exit(mp.ServeChild(func(name string) (any, error) {
			if f, ok := workerFuncs[name]; ok {
				return reflect.ValueOf(f), nil
			}
			return nil, fmt.Errorf("no function %s in the notebook", name)
		}))
	}
	mp.RegisterName("custom-name", namedWork)
	mp.Main(reportPids, setGlobal, work, boom, failWithError, square, add, slowSquare, exitByPanic,
		dieHard, spawnGrandchild, sleepLong, printHello, exitWith, putMany, takeFromQueue,
		cpuWork, echoArgs, squareBadThree, relay, pidOf, startFromDaemon, relayStart, failingInit, countOrFail, readyThenSleep)
	code := m.Run()
	mp.Shutdown()
	os.Exit(code)
}

var workerFuncs = map[string]any{"work": work, "square": square, "reportPids": reportPids}

var counter = 0

func reportPids(q *mp.Queue) {
	q.Put([]int{os.Getpid(), os.Getppid()})
	q.Put(mp.CurrentProcess().Name)
	q.Put(mp.ParentProcess().Pid())
}

func setGlobal(q *mp.Queue) {
	counter = 42
	q.Put(counter)
}

func work(id, start, end int, result *mp.Queue) {
	total := 0
	for i := start; i < end; i++ {
		total += i
	}
	result.Put(total)
}

func boom() { panic(errors.New("boom")) }

func failWithError() error { return errors.New("it failed") }

func squareBadThree(x int) int {
	if x == 3 {
		panic(errors.New("bad input"))
	}
	return x * x
}

func square(x int) int { return x * x }

func add(a, b int) int { return a + b }

func slowSquare(x int) int {
	time.Sleep(20 * time.Millisecond)
	return x * x
}

func dieHard(x int) int {
	if x == 3 {
		os.Exit(7)
	}
	return x
}

func sleepLong() { time.Sleep(time.Minute) }

func readyThenSleep(q *mp.Queue) {
	q.Put("ready")
	time.Sleep(time.Minute)
}

func spawnGrandchild(q *mp.Queue) {
	p := &mp.Process{Target: sleepLong}
	if err := p.Start(); err != nil {
		panic(err)
	}
	q.Put(p.Pid())
	time.Sleep(time.Minute)
}

// relay has a child of its own put n items in q, which the grandparent
// owns: the grandchild dials the owner's socket and authenticates.
func relay(q *mp.Queue, n int) {
	p := &mp.Process{Target: putMany, Args: []any{q, n}}
	if err := p.Start(); err != nil {
		panic(err)
	}
	p.Join()
}

func pidOf(int) int { return os.Getpid() }

func printHello(who string) { fmt.Printf("hello from %s\n", who) }

func exitWith(code int) { os.Exit(code) }

func putMany(q *mp.Queue, n int) {
	for i := 0; i < n; i++ {
		q.Put(i)
	}
}

func takeFromQueue(in, out *mp.Queue) {
	out.Put(in.Get())
}

func echoArgs(q *mp.Queue, args ...any) {
	q.Put(args)
}

func namedWork(q *mp.Queue) { q.Put("named") }

func cpuWork(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}
