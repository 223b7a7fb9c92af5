package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	tasks := queue.New(0)
	results := queue.New(0)
	worker := func() {
		for {
			n := tasks.Get()
			if n == nil {
				tasks.TaskDone()
				break
			}
			results.Put([2]int{n.(int), n.(int) * n.(int)})
			tasks.TaskDone()
		}
	}
	var ws []*threading.Thread
	for range 3 {
		ws = append(ws, &threading.Thread{Target: worker, Daemon: true})
	}
	for _, w := range ws {
		w.Start()
	}
	for n := 1; n <= 10; n++ {
		tasks.Put(n)
	}
	tasks.Join()
	fmt.Println("unfinished after join:", tasks.UnfinishedTasks(), tasks.Qsize(), results.Qsize())
	for range ws {
		tasks.Put(nil)
	}
	tasks.Join()
	for _, w := range ws {
		w.Join()
	}
	var out [][2]int
	for range results.Qsize() {
		out = append(out, results.Get().([2]int))
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	t := func(p [2]int) string { return fmt.Sprintf("(%d, %d)", p[0], p[1]) }
	fmt.Printf("[%s, %s, %s] %s %d %s\n", t(out[0]), t(out[1]), t(out[2]), t(out[len(out)-1]), len(out), pyBool(results.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
