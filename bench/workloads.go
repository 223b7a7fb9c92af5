package main

import (
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
	"github.com/gonotes/gonotes/lib/timeline"
)

// The library workloads of issue 3: each is the same program three times —
// a Go cell for the gonotes kernel (interpreted by yaegi, calling the
// compiled library), the same Go compiled into this command (native), and
// Python for CPython.

const goPrelude = `import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
	"github.com/gonotes/gonotes/lib/timeline"
)
var _ = futures.MaxWorkersDefault
var _ = timeline.Start
var _ = queue.New
var _ = threading.ActiveCount
var _ = time.Now
`

// The CPU-bound workloads, whose ratio gives the 2-thread speedup.
const (
	cpuSum1 = "CPU sum 0..50M, 1 thread"
	cpuSum2 = "CPU sum 0..50M, 2 threads"
)

var libraryWorkloads = []workload{
	{
		name: "Queue, 1 producer / 1 consumer", target: 8, unit: "ops/s", higher: true,
		goCell: goPrelude + `
func benchQueue() float64 {
	n := 200000
	q := queue.New(0)
	start := time.Now()
	t := &threading.Thread{Target: func() {
		for i := 0; i < n; i++ {
			q.Put(i)
		}
	}}
	t.Start()
	for i := 0; i < n; i++ {
		q.Get()
	}
	t.Join()
	return float64(n) / time.Since(start).Seconds()
}
fmt.Println("RESULT", benchQueue())`,
		native: func() float64 {
			n := 200000
			q := queue.New(0)
			start := time.Now()
			t := &threading.Thread{Target: func() {
				for i := 0; i < n; i++ {
					q.Put(i)
				}
			}}
			t.Start()
			for i := 0; i < n; i++ {
				q.Get()
			}
			t.Join()
			return float64(n) / time.Since(start).Seconds()
		},
		py: `import queue, threading, time
n = 200000
q = queue.Queue()
def prod():
    for i in range(n):
        q.put(i)
s = time.perf_counter()
t = threading.Thread(target=prod); t.start()
for i in range(n):
    q.get()
t.join()
print("RESULT", n / (time.perf_counter() - s))`,
	},
	{
		name: "Queue Put+Get, one thread, timeline recording", unit: "ns", higher: false,
		goCell: `
func benchQueueTraced(traced bool) float64 {
	n := 200000
	q := queue.New(0)
	var tr *timeline.Recording
	if traced {
		tr = timeline.Start()
	}
	start := time.Now()
	for i := 0; i < n; i++ {
		q.Put(i)
		q.Get()
	}
	el := time.Since(start)
	if traced {
		tr.Stop()
	}
	return float64(el.Nanoseconds()) / float64(n)
}
fmt.Println("untraced", benchQueueTraced(false))
fmt.Println("RESULT", benchQueueTraced(true))`,
		native: func() float64 {
			n := 200000
			q := queue.New(0)
			tr := timeline.Start()
			start := time.Now()
			for i := 0; i < n; i++ {
				q.Put(i)
				q.Get()
			}
			el := time.Since(start)
			tr.Stop()
			return float64(el.Nanoseconds()) / float64(n)
		},
		py: `import queue, time
n = 200000
q = queue.Queue()
s = time.perf_counter()
for i in range(n):
    q.put(i)
    q.get()
print("RESULT", (time.perf_counter() - s) * 1e9 / n)`,
	},
	{
		name: "Lock acquire+release, uncontended", target: 0.5, unit: "ns", higher: false,
		goCell: `
func benchLock() float64 {
	n := 1000000
	var mu threading.Lock
	start := time.Now()
	for i := 0; i < n; i++ {
		mu.Acquire()
		mu.Release()
	}
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}
fmt.Println("RESULT", benchLock())`,
		native: func() float64 {
			n := 1000000
			var mu threading.Lock
			start := time.Now()
			for i := 0; i < n; i++ {
				mu.Acquire()
				mu.Release()
			}
			return float64(time.Since(start).Nanoseconds()) / float64(n)
		},
		py: `import threading, time
n = 1000000
mu = threading.Lock()
s = time.perf_counter()
for i in range(n):
    mu.acquire()
    mu.release()
print("RESULT", (time.perf_counter() - s) * 1e9 / n)`,
	},
	{
		name: "Lock acquire+release, uncontended, timeline recording", unit: "ns", higher: false,
		goCell: `
func benchLockTraced() float64 {
	n := 200000
	var mu threading.Lock
	tr := timeline.Start()
	start := time.Now()
	for i := 0; i < n; i++ {
		mu.Acquire()
		mu.Release()
	}
	el := time.Since(start)
	tr.Stop()
	return float64(el.Nanoseconds()) / float64(n)
}
fmt.Println("RESULT", benchLockTraced())`,
		native: func() float64 {
			n := 200000
			var mu threading.Lock
			tr := timeline.Start()
			start := time.Now()
			for i := 0; i < n; i++ {
				mu.Acquire()
				mu.Release()
			}
			el := time.Since(start)
			tr.Stop()
			return float64(el.Nanoseconds()) / float64(n)
		},
		py: `import threading, time
n = 1000000
mu = threading.Lock()
s = time.perf_counter()
for i in range(n):
    mu.acquire()
    mu.release()
print("RESULT", (time.perf_counter() - s) * 1e9 / n)`,
	},
	{
		name: "Lock contended by 2 threads (per increment)", unit: "ns", higher: false,
		goCell: `
func benchContended() float64 {
	n := 200000
	var mu threading.Lock
	counter := 0
	work := func() {
		for i := 0; i < n; i++ {
			mu.Acquire()
			counter++
			mu.Release()
		}
	}
	start := time.Now()
	a := &threading.Thread{Target: work}
	b := &threading.Thread{Target: work}
	a.Start()
	b.Start()
	a.Join()
	b.Join()
	if counter != 2*n {
		panic("lost updates")
	}
	return float64(time.Since(start).Nanoseconds()) / float64(2*n)
}
fmt.Println("RESULT", benchContended())`,
		native: func() float64 {
			n := 200000
			var mu threading.Lock
			counter := 0
			work := func() {
				for i := 0; i < n; i++ {
					mu.Acquire()
					counter++
					mu.Release()
				}
			}
			start := time.Now()
			a := &threading.Thread{Target: work}
			b := &threading.Thread{Target: work}
			a.Start()
			b.Start()
			a.Join()
			b.Join()
			return float64(time.Since(start).Nanoseconds()) / float64(2*n)
		},
		py: `import threading, time
n = 200000
mu = threading.Lock()
counter = 0
def work():
    global counter
    for i in range(n):
        mu.acquire()
        counter += 1
        mu.release()
s = time.perf_counter()
a = threading.Thread(target=work); b = threading.Thread(target=work)
a.start(); b.start(); a.join(); b.join()
assert counter == 2 * n
print("RESULT", (time.perf_counter() - s) * 1e9 / (2 * n))`,
	},
	{
		name: "Semaphore acquire+release", unit: "ns", higher: false,
		goCell: `
func benchSem() float64 {
	n := 1000000
	s := threading.NewSemaphore(2)
	start := time.Now()
	for i := 0; i < n; i++ {
		s.Acquire()
		s.Release()
	}
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}
fmt.Println("RESULT", benchSem())`,
		native: func() float64 {
			n := 1000000
			s := threading.NewSemaphore(2)
			start := time.Now()
			for i := 0; i < n; i++ {
				s.Acquire()
				s.Release()
			}
			return float64(time.Since(start).Nanoseconds()) / float64(n)
		},
		py: `import threading, time
n = 1000000
sem = threading.Semaphore(2)
s = time.perf_counter()
for i in range(n):
    sem.acquire()
    sem.release()
print("RESULT", (time.perf_counter() - s) * 1e9 / n)`,
	},
	{
		name: "Thread start+join", target: 15, unit: "µs", higher: false,
		goCell: `
func benchThread() float64 {
	n := 5000
	start := time.Now()
	for i := 0; i < n; i++ {
		t := &threading.Thread{Target: func() {}}
		t.Start()
		t.Join()
	}
	return float64(time.Since(start).Microseconds()) / float64(n)
}
fmt.Println("RESULT", benchThread())`,
		native: func() float64 {
			n := 5000
			start := time.Now()
			for i := 0; i < n; i++ {
				t := &threading.Thread{Target: func() {}}
				t.Start()
				t.Join()
			}
			return float64(time.Since(start).Microseconds()) / float64(n)
		},
		py: `import threading, time
n = 5000
s = time.perf_counter()
for i in range(n):
    t = threading.Thread(target=lambda: None); t.start(); t.join()
print("RESULT", (time.perf_counter() - s) * 1e6 / n)`,
	},
	{
		name: "ThreadPoolExecutor submit+result", target: 50, unit: "µs", higher: false,
		goCell: `
func benchPool() float64 {
	n := 20000
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	start := time.Now()
	for i := 0; i < n; i++ {
		f := ex.Submit(func() any { return 1 })
		f.Result()
	}
	ex.Shutdown(true, false)
	return float64(time.Since(start).Microseconds()) / float64(n)
}
fmt.Println("RESULT", benchPool())`,
		native: func() float64 {
			n := 20000
			ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
			start := time.Now()
			for i := 0; i < n; i++ {
				f := ex.Submit(func() any { return 1 })
				_, _ = f.Result()
			}
			ex.Shutdown(true, false)
			return float64(time.Since(start).Microseconds()) / float64(n)
		},
		py: `import concurrent.futures as cf, time
n = 20000
ex = cf.ThreadPoolExecutor(max_workers=4)
s = time.perf_counter()
for i in range(n):
    ex.submit(lambda: 1).result()
ex.shutdown(wait=True)
print("RESULT", (time.perf_counter() - s) * 1e6 / n)`,
	},
	{
		name: cpuSum1, unit: "s", higher: false,
		goCell: `
func sumRange(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		s += i
	}
	return s
}
func benchSum1() float64 {
	start := time.Now()
	sumRange(0, 50000000)
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchSum1())`,
		native: func() float64 {
			start := time.Now()
			sink = sumRange(0, 50000000)
			return time.Since(start).Seconds()
		},
		py: `import time
def sum_range(lo, hi):
    s = 0
    for i in range(lo, hi):
        s += i
    return s
s = time.perf_counter()
sum_range(0, 50000000)
print("RESULT", time.perf_counter() - s)`,
	},
	{
		name: cpuSum2, unit: "s", higher: false,
		goCell: `
func benchSum2() float64 {
	start := time.Now()
	a := &threading.Thread{Target: func() { sumRange(0, 25000000) }}
	b := &threading.Thread{Target: func() { sumRange(25000000, 50000000) }}
	a.Start()
	b.Start()
	a.Join()
	b.Join()
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchSum2())`,
		native: func() float64 {
			start := time.Now()
			a := &threading.Thread{Target: func() { sink = sumRange(0, 25000000) }}
			b := &threading.Thread{Target: func() { sink2 = sumRange(25000000, 50000000) }}
			a.Start()
			b.Start()
			a.Join()
			b.Join()
			return time.Since(start).Seconds()
		},
		py: `import threading, time
def sum_range(lo, hi):
    s = 0
    for i in range(lo, hi):
        s += i
    return s
s = time.perf_counter()
a = threading.Thread(target=sum_range, args=(0, 25000000))
b = threading.Thread(target=sum_range, args=(25000000, 50000000))
a.start(); b.start(); a.join(); b.join()
print("RESULT", time.perf_counter() - s)`,
	},
}

var sink, sink2 int

// sinkF keeps a float result of a native workload alive.
var sinkF float64

func sumRange(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		s += i
	}
	return s
}
