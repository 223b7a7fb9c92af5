package main

import (
	"time"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

// The multiprocessing workloads of issue 4: a Go cell (its child processes
// are `gonotes worker`, replaying the notebook's declarations), the same Go
// compiled into this command (children are this command, see main's
// mp.Main), and CPython with the fork and the spawn start methods.

const mpCellPrelude = `import (
	"fmt"
	"time"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func mpNoop() {}

func mpPutMany(q *mp.Queue, n int) {
	for i := 0; i < n; i++ {
		q.Put(i)
	}
}

func mpEcho(c *mp.Conn) {
	for {
		v, err := c.Recv()
		if err != nil {
			return
		}
		c.Send(v)
	}
}

func mpCPU(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}
`

// mpTargets are the compiled targets, registered by main.
var mpTargets = []any{mpNoop, mpPutMany, mpEcho, mpCPU}

func mpNoop() {}

func mpPutMany(q *mp.Queue, n int) {
	for i := 0; i < n; i++ {
		_ = q.Put(i)
	}
}

func mpEcho(c *mp.Conn) {
	for {
		v, err := c.Recv()
		if err != nil {
			return
		}
		_ = c.Send(v)
	}
}

func mpCPU(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

const pyMP = `import multiprocessing as mp, sys, time
mp.set_start_method(sys.argv[1])
def noop(): pass
def put_many(q, n):
    for i in range(n): q.put(i)
def echo(c):
    while True:
        v = c.recv()
        if v is None: return  # a forked child holds both ends: no EOF
        c.send(v)
def cpu(n):
    s = 0
    for i in range(n): s += i % 7
    return s
`

var processWorkloads = []workload{
	{
		name: "Process start+join", unit: "ms", higher: false,
		goCell: mpCellPrelude + `
func benchStartJoin() float64 {
	n := 20
	start := time.Now()
	for i := 0; i < n; i++ {
		p := &mp.Process{Target: mpNoop}
		p.Start()
		p.Join()
	}
	return float64(time.Since(start).Microseconds()) / 1000 / float64(n)
}
fmt.Println("RESULT", benchStartJoin())`,
		native: func() float64 {
			n := 20
			start := time.Now()
			for i := 0; i < n; i++ {
				p := &mp.Process{Target: mpNoop}
				_ = p.Start()
				p.Join()
			}
			return float64(time.Since(start).Microseconds()) / 1000 / float64(n)
		},
		pyFile: pyMP + `
if __name__ == "__main__":
    n = 20; s = time.perf_counter()
    for i in range(n):
        p = mp.Process(target=noop); p.start(); p.join()
    print("RESULT", (time.perf_counter() - s) * 1000 / n)`,
		pyStartMethods: []string{"fork", "spawn"},
	},
	{
		name: "multiprocessing.Queue child→parent", unit: "ops/s", higher: true,
		goCell: `
func benchQueueC2P() float64 {
	n := 200000
	q := mp.NewQueue()
	start := time.Now()
	p := &mp.Process{Target: mpPutMany, Args: []any{q, n}}
	p.Start()
	for i := 0; i < n; i++ {
		q.Get()
	}
	p.Join()
	return float64(n) / time.Since(start).Seconds()
}
fmt.Println("RESULT", benchQueueC2P())`,
		native: func() float64 {
			n := 200000
			q := mp.NewQueue()
			start := time.Now()
			p := &mp.Process{Target: mpPutMany, Args: []any{q, n}}
			_ = p.Start()
			for i := 0; i < n; i++ {
				q.Get()
			}
			p.Join()
			return float64(n) / time.Since(start).Seconds()
		},
		pyFile: pyMP + `
if __name__ == "__main__":
    n = 200000; q = mp.Queue(); s = time.perf_counter()
    p = mp.Process(target=put_many, args=(q, n)); p.start()
    for i in range(n): q.get()
    p.join()
    print("RESULT", n / (time.perf_counter() - s))`,
		pyStartMethods: []string{"fork"},
	},
	{
		name: "Pipe round trip", unit: "µs", higher: false,
		goCell: `
func benchPipeRT() float64 {
	n := 5000
	a, b := mp.Pipe()
	p := &mp.Process{Target: mpEcho, Args: []any{b}}
	p.Start()
	b.Close()
	a.Send(0)
	a.Recv()
	start := time.Now()
	for i := 0; i < n; i++ {
		a.Send(i)
		a.Recv()
	}
	el := time.Since(start)
	a.Close()
	p.Join()
	return float64(el.Microseconds()) / float64(n)
}
fmt.Println("RESULT", benchPipeRT())`,
		native: func() float64 {
			n := 5000
			a, b := mp.Pipe()
			p := &mp.Process{Target: mpEcho, Args: []any{b}}
			_ = p.Start()
			b.Close()
			_ = a.Send(0)
			_, _ = a.Recv()
			start := time.Now()
			for i := 0; i < n; i++ {
				_ = a.Send(i)
				_, _ = a.Recv()
			}
			el := time.Since(start)
			a.Close()
			p.Join()
			return float64(el.Microseconds()) / float64(n)
		},
		pyFile: pyMP + `
if __name__ == "__main__":
    n = 5000; a, b = mp.Pipe(); p = mp.Process(target=echo, args=(b,)); p.start(); b.close()
    a.send(0); a.recv(); s = time.perf_counter()
    for i in range(n): a.send(i); a.recv()
    el = time.perf_counter() - s; a.send(None); p.join()
    print("RESULT", el * 1e6 / n)`,
		pyStartMethods: []string{"fork"},
	},
	{
		name: "Pool(2).map CPU-bound speedup over serial", unit: "×", higher: true,
		goCell: `
func benchPoolSpeedup() float64 {
	parts := []any{3000000, 3000000, 3000000, 3000000}
	pool := mp.NewPool(2)
	defer pool.Terminate()
	pool.Map(mpCPU, []any{1, 1})
	t0 := time.Now()
	for _, k := range parts {
		mpCPU(k.(int))
	}
	serial := time.Since(t0)
	t1 := time.Now()
	pool.Map(mpCPU, parts)
	return float64(serial) / float64(time.Since(t1))
}
fmt.Println("RESULT", benchPoolSpeedup())`,
		native: func() float64 {
			parts := []any{50_000_000, 50_000_000, 50_000_000, 50_000_000}
			pool := mp.NewPool(2)
			defer pool.Terminate()
			_, _ = pool.Map(mpCPU, []any{1, 1})
			t0 := time.Now()
			for _, k := range parts {
				mpCPU(k.(int))
			}
			serial := time.Since(t0)
			t1 := time.Now()
			_, _ = pool.Map(mpCPU, parts)
			return float64(serial) / float64(time.Since(t1))
		},
		pyFile: pyMP + `
if __name__ == "__main__":
    parts = [3_000_000] * 4
    with mp.Pool(2) as pool:
        pool.map(cpu, [1, 1]); t0 = time.perf_counter()
        for k in parts: cpu(k)
        serial = time.perf_counter() - t0; t1 = time.perf_counter()
        pool.map(cpu, parts)
        print("RESULT", serial / (time.perf_counter() - t1))`,
		pyStartMethods: []string{"fork"},
	},
}
