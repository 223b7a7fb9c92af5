package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	jobs    = queue.New(0)
	results = queue.New(0)
)

func worker() {
	for {
		job := jobs.Get()
		if job == nil {
			break
		}
		ab := job.([2]int)
		results.Put([3]int{ab[0], ab[1], ab[0] * ab[1]})
		jobs.TaskDone()
	}
}

func main() {
	var ws []*threading.Thread
	for i := 0; i < 3; i++ {
		ws = append(ws, &threading.Thread{Target: worker, Daemon: true})
	}
	for _, w := range ws {
		w.Start()
	}
	for a := 1; a < 4; a++ {
		for b := 1; b < 4; b++ {
			jobs.Put([2]int{a, b})
		}
	}
	jobs.Join()
	var table [][3]int
	for i := 0; i < 9; i++ {
		table = append(table, results.Get().([3]int))
	}
	sort.Slice(table, func(i, j int) bool {
		if table[i][0] != table[j][0] {
			return table[i][0] < table[j][0]
		}
		return table[i][1] < table[j][1]
	})
	for _, t := range table {
		fmt.Printf("%d x %d = %d\n", t[0], t[1], t[2])
	}
	for range ws {
		jobs.Put(nil)
	}
	for _, w := range ws {
		w.Join()
	}
	fmt.Println(map[bool]string{true: "True", false: "False"}[results.Empty()], jobs.UnfinishedTasks())
}
