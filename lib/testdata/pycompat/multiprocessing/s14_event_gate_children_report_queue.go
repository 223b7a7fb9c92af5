package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func runner(i int, goEv *multiprocessing.Event, ready *multiprocessing.Semaphore, out *multiprocessing.Queue) {
	ready.Release()
	ok := goEv.WaitTimeout(20 * time.Second)
	out.Put(fmt.Sprintf("(%d, %s, '%s')", i, py(ok), multiprocessing.CurrentProcess().GetName()))
}

func main() {
	multiprocessing.Main(runner)
	goEv := multiprocessing.NewEvent()
	ready := multiprocessing.NewSemaphore(0)
	out := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: runner, Args: []any{i, goEv, ready, out}, Name: fmt.Sprintf("runner-%d", i)})
	}
	for _, p := range ps {
		p.Start()
	}
	for range ps {
		ready.Acquire()
	}
	fmt.Println("all ready, queue empty:", py(out.Empty()), "set:", py(goEv.IsSet()))
	goEv.Set()
	var got []string
	for range ps {
		got = append(got, out.Get().(string))
	}
	sort.Strings(got)
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	var codes, alive []string
	for _, p := range ps {
		p.Join()
	}
	for _, p := range ps {
		codes = append(codes, fmt.Sprint(p.ExitCode()))
		alive = append(alive, py(p.IsAlive()))
	}
	fmt.Println("["+strings.Join(codes, ", ")+"]", "["+strings.Join(alive, ", ")+"]")
}
