package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var tasks, results queue.Queue

func worker() {
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

func main() {
	var ws []*threading.Thread
	for range 3 {
		ws = append(ws, &threading.Thread{Target: worker})
	}
	for _, w := range ws {
		w.Start()
	}
	for n := range 10 {
		tasks.Put(n)
	}
	for range ws {
		tasks.Put(nil)
	}
	tasks.Join()
	for _, w := range ws {
		w.Join()
	}
	var out [][2]int
	for !results.Empty() {
		x, _ := results.GetNowait()
		out = append(out, x.([2]int))
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	var s []string
	for _, p := range out {
		s = append(s, fmt.Sprintf("(%d, %d)", p[0], p[1]))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	fmt.Println(tasks.UnfinishedTasks(), results.Qsize())
}
