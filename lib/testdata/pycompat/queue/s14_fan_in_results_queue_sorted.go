package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type result struct {
	n, cube int
	named   bool
}

func (r result) String() string {
	return fmt.Sprintf("(%d, %d, %s)", r.n, r.cube, map[bool]string{true: "True", false: "False"}[r.named])
}

var (
	jobs    = queue.New(0)
	results = queue.New(0)
)

func worker() {
	for {
		n := jobs.Get()
		if n == nil {
			jobs.TaskDone()
			return
		}
		k := n.(int)
		results.Put(result{k, k * k * k, strings.HasPrefix(threading.CurrentThread().GetName(), "Thread-")})
		jobs.TaskDone()
	}
}

func main() {
	var workers []*threading.Thread
	for i := 0; i < 4; i++ {
		workers = append(workers, &threading.Thread{Target: worker})
	}
	for _, w := range workers {
		w.Start()
	}
	for n := 0; n < 10; n++ {
		jobs.Put(n)
	}
	for range workers {
		jobs.Put(nil)
	}
	jobs.Join()
	var collected []result
	for i := 0; i < 10; i++ {
		collected = append(collected, results.Get().(result))
	}
	sort.Slice(collected, func(a, b int) bool { return collected[a].n < collected[b].n })
	fmt.Println(collected[0], collected[5], collected[9])
	all := true
	for _, r := range collected {
		all = all && r.named
	}
	fmt.Println("all named Thread-N:", map[bool]string{true: "True", false: "False"}[all])
	fmt.Println("results left:", results.Qsize())
}
