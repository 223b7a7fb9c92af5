package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gonotes/gonotes/kernel"
)

// The engine workloads of issue 12: plain interpreted Go (no library), the
// same Go compiled into this command, and the same program in CPython. Each
// is timed inside the program, so start-up and compilation do not count.
var engineWorkloads = []workload{
	{
		name: "CPU loop in a func, 20M iterations", unit: "s", target: 2,
		goCell: `
func loopSum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
func benchLoopFunc() float64 {
	start := time.Now()
	loopSum(20000000)
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchLoopFunc())`,
		native: func() float64 {
			start := time.Now()
			sink = loopSum(20000000)
			return time.Since(start).Seconds()
		},
		py: `import time
def loop_sum(n):
    s = 0
    for i in range(n):
        s += i
    return s
t = time.perf_counter()
loop_sum(20000000)
print("RESULT", time.perf_counter() - t)`,
	},
	{
		name: "CPU loop at a cell's top level, 20M iterations", unit: "s", target: 2,
		goCell: `
startTop := time.Now()
sTop := 0
for i := 0; i < 20000000; i++ {
	sTop += i
}
fmt.Println("RESULT", time.Since(startTop).Seconds())`,
		native: func() float64 {
			start := time.Now()
			sink = loopSum(20000000)
			return time.Since(start).Seconds()
		},
		py: `import time
t = time.perf_counter()
s = 0
for i in range(20000000):
    s += i
print("RESULT", time.perf_counter() - t)`,
	},
	{
		name: "slice of structs, 2M updates", unit: "s",
		goCell: `
type benchPoint struct{ x, y int }
func benchStructs() float64 {
	start := time.Now()
	ps := make([]benchPoint, 1000)
	for r := 0; r < 2000; r++ {
		for i := range ps {
			ps[i].x += i
			ps[i].y += ps[i].x
		}
	}
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchStructs())`,
		native: func() float64 {
			start := time.Now()
			sink = structLoop()
			return time.Since(start).Seconds()
		},
		py: `import time
class Point:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 0
        self.y = 0
t = time.perf_counter()
ps = [Point() for _ in range(1000)]
for r in range(2000):
    for i in range(len(ps)):
        p = ps[i]
        p.x += i
        p.y += p.x
print("RESULT", time.perf_counter() - t)`,
	},
	{
		name: "map insert + lookup, 1M each", unit: "s",
		goCell: `
func benchMap() float64 {
	start := time.Now()
	m := map[int]int{}
	for i := 0; i < 1000000; i++ {
		m[i] = i
	}
	s := 0
	for i := 0; i < 1000000; i++ {
		s += m[i]
	}
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchMap())`,
		native: func() float64 {
			start := time.Now()
			sink = mapLoop()
			return time.Since(start).Seconds()
		},
		py: `import time
t = time.perf_counter()
m = {}
for i in range(1000000):
    m[i] = i
s = 0
for i in range(1000000):
    s += m[i]
print("RESULT", time.perf_counter() - t)`,
	},
	{
		name: "interface method calls, 1M", unit: "s",
		goCell: `
type benchShape interface{ Area() float64 }
type benchRect struct{ w, h float64 }
func (r benchRect) Area() float64 { return r.w * r.h }
type benchCircle struct{ r float64 }
func (c *benchCircle) Area() float64 { return 3 * c.r * c.r }
func benchIface() float64 {
	start := time.Now()
	shapes := []benchShape{benchRect{1, 2}, &benchCircle{1}}
	total := 0.0
	for i := 0; i < 1000000; i++ {
		total += shapes[i&1].Area()
	}
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchIface())`,
		native: func() float64 {
			start := time.Now()
			sinkF = ifaceLoop()
			return time.Since(start).Seconds()
		},
		py: `import time
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
t = time.perf_counter()
shapes = [Rect(1, 2), Circle(1)]
total = 0.0
for i in range(1000000):
    total += shapes[i & 1].area()
print("RESULT", time.perf_counter() - t)`,
	},
	{
		name: "closure calls, 1M", unit: "s",
		goCell: `
func benchClosure() float64 {
	start := time.Now()
	k := 3
	add := func(a, b int) int { return a + b*k }
	s := 0
	for i := 0; i < 1000000; i++ {
		s = add(s, i) & 0xffffff
	}
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchClosure())`,
		native: func() float64 {
			start := time.Now()
			sink = closureLoop()
			return time.Since(start).Seconds()
		},
		py: `import time
t = time.perf_counter()
k = 3
add = lambda a, b: a + b * k
s = 0
for i in range(1000000):
    s = add(s, i) & 0xffffff
print("RESULT", time.perf_counter() - t)`,
	},
	{
		// CPython's idiom sorts by a key func, called once per element;
		// Go's sort.Slice calls its less func n·log n times.
		name: "sort.Slice of 200k ints by a closure", unit: "s",
		goCell: `
import "sort"

func benchSort() float64 {
	a := make([]int, 200000)
	x := 1
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
	start := time.Now()
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchSort())`,
		native: func() float64 {
			a := lcgInts(200000)
			start := time.Now()
			sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
			sink = a[0]
			return time.Since(start).Seconds()
		},
		py: `import time
a = []
x = 1
for i in range(200000):
    x = (x * 1103515245 + 12345) % 2147483648
    a.append(x)
t = time.perf_counter()
a.sort(key=lambda v: v)
print("RESULT", time.perf_counter() - t)`,
	},
	{
		name: "recursive fib(27)", unit: "s", target: 1,
		goCell: `
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func benchFib() float64 {
	start := time.Now()
	fib(27)
	return time.Since(start).Seconds()
}
fmt.Println("RESULT", benchFib())`,
		native: func() float64 {
			start := time.Now()
			sink = fib(27)
			return time.Since(start).Seconds()
		},
		py: `import time
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
t = time.perf_counter()
fib(27)
print("RESULT", time.perf_counter() - t)`,
	},
}

// lcgInts returns n pseudo-random ints, the same in the three programs.
func lcgInts(n int) []int {
	a := make([]int, n)
	x := 1
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
	return a
}

func loopSum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func structLoop() int {
	type point struct{ x, y int }
	ps := make([]point, 1000)
	for r := 0; r < 2000; r++ {
		for i := range ps {
			ps[i].x += i
			ps[i].y += ps[i].x
		}
	}
	return ps[999].y
}

func mapLoop() int {
	m := map[int]int{}
	for i := 0; i < 1000000; i++ {
		m[i] = i
	}
	s := 0
	for i := 0; i < 1000000; i++ {
		s += m[i]
	}
	return s
}

type nativeShape interface{ Area() float64 }
type nativeRect struct{ w, h float64 }

func (r nativeRect) Area() float64 { return r.w * r.h }

type nativeCircle struct{ r float64 }

func (c *nativeCircle) Area() float64 { return 3 * c.r * c.r }

func ifaceLoop() float64 {
	shapes := []nativeShape{nativeRect{1, 2}, &nativeCircle{1}}
	total := 0.0
	for i := 0; i < 1000000; i++ {
		total += shapes[i&1].Area()
	}
	return total
}

func closureLoop() int {
	k := 3
	add := func(a, b int) int { return a + b*k }
	s := 0
	for i := 0; i < 1000000; i++ {
		s = add(s, i) & 0xffffff
	}
	return s
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// goroutineCell is issue 12's cell: 100 goroutines started from the top level.
const goroutineCell = `var wg sync.WaitGroup
for j := 0; j < 100; j++ {
	wg.Add(1)
	go func(j int) { defer wg.Done(); _ = j * 2 }(j)
}
wg.Wait()`

// benchMemory runs the goroutine cell runs times after a warm-up of as many
// runs (the heap grows to its steady size under GOGC first), and
// prints the resident memory of the kernel's process tree (the kernel and
// its interpreter child) before and after.
func benchMemory(runs int) error {
	dir, err := os.MkdirTemp("", "gonotes-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	c, err := kernel.StartKernel(context.Background(), kernel.StartOptions{Argv: []string{gonotesBin, "kernel"}, ConnDir: dir})
	if err != nil {
		return err
	}
	defer c.Close()
	run := func(code string) error {
		res, err := c.Execute(context.Background(), code)
		if err != nil {
			return err
		}
		_, err = resultOf(res)
		if err != nil && !strings.Contains(err.Error(), "no RESULT") {
			return err
		}
		return nil
	}
	for i := 0; i < runs; i++ {
		if err := run(goroutineCell); err != nil {
			return err
		}
	}
	time.Sleep(200 * time.Millisecond)
	pid := c.Process().Pid
	before := treeRSS(pid)
	start := time.Now()
	for i := 0; i < runs; i++ {
		if err := run(goroutineCell); err != nil {
			return err
		}
	}
	elapsed := time.Since(start)
	time.Sleep(200 * time.Millisecond)
	after := treeRSS(pid)
	fmt.Printf("| memory: %d more runs of the 100-goroutine cell | RSS %.1f MB → %.1f MB | growth %+.1f %% | target ≤ 20 %% | %.1f ms a run |\n\n",
		runs, float64(before)/1e6, float64(after)/1e6, 100*float64(after-before)/float64(before), float64(elapsed.Microseconds())/1e3/float64(runs))
	return nil
}

// treeRSS is the resident memory in bytes of process pid and its
// descendants (Linux /proc; 0 elsewhere).
func treeRSS(pid int) int64 {
	var total int64
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				total += kb * 1024
			}
		}
	}
	tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	for _, t := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", pid, t.Name()))
		if err != nil {
			continue
		}
		for _, c := range strings.Fields(string(b)) {
			if child, err := strconv.Atoi(c); err == nil {
				total += treeRSS(child)
			}
		}
	}
	return total
}
