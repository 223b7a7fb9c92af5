package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	jobs := queue.New(0)
	results := queue.New(0)
	worker := func() {
		for {
			n := jobs.Get()
			if n == nil {
				jobs.TaskDone()
				break
			}
			results.Put([2]int{n.(int), n.(int) * n.(int)})
			jobs.TaskDone()
		}
	}
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for n := range 10 {
		jobs.Put(n)
	}
	for range ts {
		jobs.Put(nil)
	}
	jobs.Join()
	for _, t := range ts {
		t.Join()
	}
	var out [][2]int
	for !results.Empty() {
		out = append(out, results.Get().([2]int))
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	s := "["
	for i, p := range out {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("(%d, %d)", p[0], p[1])
	}
	fmt.Println(s + "]")
	fmt.Println("jobs unfinished", jobs.UnfinishedTasks(), "results left", results.Qsize(), "threads", threading.ActiveCount())
}
