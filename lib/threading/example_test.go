package threading_test

import (
	"fmt"
	"os"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/threading"
)

// Seed 000, "뮤텍스와 세마포어": twenty threads print under one Lock.
func Example() {
	worker := func(mutex *threading.Lock, data int, threadSafe bool) {
		if threadSafe {
			mutex.Acquire()
			defer mutex.Release()
		}
		fmt.Printf("스레드 : %d\n", data)
	}
	var mutex threading.Lock
	var threads []*threading.Thread
	for i := 0; i < 20; i++ {
		i := i
		t := &threading.Thread{Target: func() { worker(&mutex, i, true) }}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	// Unordered output:
	// 스레드 : 0
	// 스레드 : 1
	// 스레드 : 2
	// 스레드 : 3
	// 스레드 : 4
	// 스레드 : 5
	// 스레드 : 6
	// 스레드 : 7
	// 스레드 : 8
	// 스레드 : 9
	// 스레드 : 10
	// 스레드 : 11
	// 스레드 : 12
	// 스레드 : 13
	// 스레드 : 14
	// 스레드 : 15
	// 스레드 : 16
	// 스레드 : 17
	// 스레드 : 18
	// 스레드 : 19
}

// Seed 003: a Python Thread subclass with run() becomes a type whose method
// is the Target; fork and join.
type Worker struct{ name string }

func (w *Worker) Run() {
	fmt.Println("sub thread start ", threading.CurrentThread().Name)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("sub thread end ", threading.CurrentThread().Name)
}

func ExampleThread() {
	fmt.Println("main thread start")
	var threads []*threading.Thread
	for i := 0; i < 3; i++ {
		w := &Worker{}
		t := &threading.Thread{Name: fmt.Sprint(i), Target: w.Run}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Println("main thread post job")
	fmt.Println("main thread end")
	// Unordered output:
	// main thread start
	// sub thread start  0
	// sub thread start  1
	// sub thread start  2
	// sub thread end  0
	// sub thread end  1
	// sub thread end  2
	// main thread post job
	// main thread end
}

func ExampleThread_JoinTimeout() {
	var stop threading.Event
	t := &threading.Thread{Name: "worker 1", Target: stop.Wait, Daemon: true}
	t.Start()
	fmt.Println(t.JoinTimeout(20*time.Millisecond), t.IsAlive())
	stop.Set()
	t.Join()
	fmt.Println(t.IsAlive())
	// Output:
	// false true
	// false
}

// Seed 000, "세마포어": at most three threads inside at once.
func ExampleSemaphore() {
	semaphore := threading.NewSemaphore(3)
	var mu threading.Lock
	active, most := 0, 0
	var threads []*threading.Thread
	for i := 0; i < 10; i++ {
		t := &threading.Thread{Name: fmt.Sprint("스레드 ", i), Target: func() {
			semaphore.Acquire()
			defer semaphore.Release()
			mu.Acquire()
			active++
			most = max(most, active)
			mu.Release()
			time.Sleep(5 * time.Millisecond)
			mu.Acquire()
			active--
			mu.Release()
		}}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Println("at most 3 at once:", most <= 3)
	// Output:
	// at most 3 at once: true
}

func ExampleRLock() {
	var r threading.RLock
	var deposit func(n int)
	deposit = func(n int) {
		r.Acquire() // a thread may acquire an RLock it holds
		defer r.Release()
		if n > 0 {
			deposit(n - 1)
		}
	}
	deposit(3)
	fmt.Println(r.Locked())
	// Output:
	// false
}

// A producer and a consumer share a list under a Condition.
func ExampleCondition() {
	cond := threading.NewCondition(nil)
	var items []int
	consumer := &threading.Thread{Name: "소비자", Target: func() {
		for n := 0; n < 3; n++ {
			cond.Acquire()
			cond.WaitFor(func() bool { return len(items) > 0 })
			fmt.Println("소비:", items[0])
			items = items[1:]
			cond.Release()
		}
	}}
	consumer.Start()
	for i := 1; i <= 3; i++ {
		cond.Acquire()
		items = append(items, i)
		cond.Notify(1)
		cond.Release()
	}
	consumer.Join()
	// Output:
	// 소비: 1
	// 소비: 2
	// 소비: 3
}

func ExampleBarrier() {
	b := threading.NewBarrier(3, func() { fmt.Println("모두 도착") })
	var threads []*threading.Thread
	for i := 0; i < 3; i++ {
		t := &threading.Thread{Target: func() { b.Wait() }}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	// Output:
	// 모두 도착
}

func ExampleTimer() {
	t := threading.NewTimer(10*time.Millisecond, func() { fmt.Println("시간 초과!") })
	t.Start()
	t.Join()
	cancelled := threading.NewTimer(time.Hour, func() { fmt.Println("never") })
	cancelled.Start()
	cancelled.Cancel()
	cancelled.Join()
	// Output:
	// 시간 초과!
}

func ExampleEvent() {
	var ready threading.Event
	t := &threading.Thread{Target: func() {
		ready.Wait()
		fmt.Println("이벤트를 받았습니다")
	}}
	t.Start()
	fmt.Println(ready.IsSet())
	ready.Set()
	t.Join()
	// Output:
	// false
	// 이벤트를 받았습니다
}

func ExampleCurrentThread() {
	fmt.Println(threading.CurrentThread().Name)
	t := &threading.Thread{Name: "worker 1", Target: func() {
		fmt.Println(threading.CurrentThread().Name)
	}}
	t.Start()
	t.Join()
	// Output:
	// MainThread
	// worker 1
}

// Seed 000, "데드락": two threads take two locks in opposite orders. The
// library names the cycle on stderr (here sent to stdout) within a second;
// the threads stay blocked until the cell is interrupted.
func ExampleLock_deadlock() {
	// The cell the threads belong to, as the kernel makes one per cell.
	cell := hook.NewScope(1, os.Stdout, os.Stdout)

	// Unnamed locks are reported as Lock#1, Lock#2... in order of first use.
	lock1 := &threading.Lock{Name: "lock1"}
	lock2 := &threading.Lock{Name: "lock2"}
	both := threading.NewBarrier(2, nil)
	t1 := &threading.Thread{Name: "스레드 1", Target: func() {
		lock1.Acquire()
		both.Wait()
		lock2.Acquire()
	}}
	t2 := &threading.Thread{Name: "스레드 2", Target: func() {
		lock2.Acquire()
		both.Wait()
		lock1.Acquire()
	}}
	func() {
		defer hook.Bind(cell)()
		t1.Start()
		t2.Start()
	}()
	t1.JoinTimeout(1500 * time.Millisecond)
	cell.Interrupt() // the kernel's interrupt button
	t1.Join()
	t2.Join()
	// Output:
	// deadlock: "스레드 1" waits for Lock "lock2" held by "스레드 2"; "스레드 2" waits for Lock "lock1" held by "스레드 1"
}

// Python's threading.local: each thread has its own values.
func ExampleLocal() {
	var data threading.Local // mydata = threading.local()
	data.Set("x", "main")    // mydata.x = "main"
	t := &threading.Thread{Target: func() {
		_, ok := data.Lookup("x") // hasattr(mydata, "x")
		fmt.Println("worker sees x:", ok)
		data.Set("x", "worker")
		fmt.Println("worker:", data.Get("x"))
	}}
	t.Start()
	t.Join()
	fmt.Println("main:", data.Get("x"))
	// Output:
	// worker sees x: false
	// worker: worker
	// main: main
}

// Python's threading.excepthook: a hook sees a thread's panic in place of
// the "Exception in thread NAME:" report.
func ExampleExceptHook() {
	threading.ExceptHook = func(args threading.ExceptHookArgs) { // threading.excepthook = hook
		fmt.Printf("%s failed: %v\n", args.Thread.Name, args.ExcValue)
	}
	defer func() { threading.ExceptHook = nil }() // threading.excepthook = threading.__excepthook__
	t := &threading.Thread{Name: "worker", Target: func() { panic("ValueError: bad input") }}
	t.Start()
	t.Join()
	fmt.Println("main goes on")
	// Output:
	// worker failed: ValueError: bad input
	// main goes on
}

// A daemon thread's threads are daemons too, unless SetDaemon(false) says
// otherwise (Python's daemon=False).
func ExampleThread_SetDaemon() {
	outer := &threading.Thread{Daemon: true, Target: func() {
		inherits := &threading.Thread{}
		own := &threading.Thread{}
		own.SetDaemon(false)
		fmt.Println(inherits.IsDaemon(), own.IsDaemon())
	}}
	outer.Start()
	outer.Join()
	// Output: true false
}

// Python's Barrier(2, timeout=0): a Timeout of ZeroTimeout has expired at
// once, so a Wait that is not the last breaks the barrier (a zero Timeout
// would mean no timeout).
func ExampleZeroTimeout() {
	b := &threading.Barrier{Parties: 2, Timeout: threading.ZeroTimeout}
	_, err := b.Wait()
	fmt.Println(err, b.Broken())
	// Output:
	// threading.BrokenBarrierError true
}
