package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	tasks   = queue.New(0)
	results = map[int]int{}
	named   = map[int]bool{}
	lock    threading.Lock
)

func worker() {
	for {
		n := tasks.Get()
		if n == nil {
			tasks.TaskDone()
			return
		}
		total := 0
		for i := 0; i <= n.(int); i++ {
			total += i
		}
		lock.Acquire()
		results[n.(int)] = total
		named[n.(int)] = strings.HasPrefix(threading.CurrentThread().GetName(), "worker-")
		lock.Release()
		tasks.TaskDone()
	}
}

func main() {
	var workers []*threading.Thread
	for i := 0; i < 3; i++ {
		workers = append(workers, &threading.Thread{Target: worker, Name: fmt.Sprintf("worker-%d", i)})
	}
	for _, w := range workers {
		w.Start()
	}
	for _, n := range []int{10, 100, 1000, 5, 0} {
		tasks.Put(n)
	}
	tasks.Join()
	for range workers {
		tasks.Put(nil)
	}
	for _, w := range workers {
		w.Join()
	}
	var keys []int
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("(%d, (%d, %s))", k, results[k], map[bool]string{true: "True", false: "False"}[named[k]]))
	}
	fmt.Println("[" + strings.Join(items, ", ") + "]")
	fmt.Println(threading.ActiveCount())
}
