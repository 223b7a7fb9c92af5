package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type task struct {
	id      int
	payload string
}

var (
	tasks   = queue.New(0)
	results = map[int]string{}
	lock    threading.Lock
)

func worker() {
	for {
		item, err := tasks.GetTimeout(500 * time.Millisecond)
		if err == queue.ErrEmpty {
			return
		}
		t := item.(task)
		lock.Acquire()
		results[t.id] = strings.ToUpper(t.payload)
		lock.Release()
		tasks.TaskDone()
	}
}

func main() {
	for i, word := range []string{"alpha", "beta", "gamma", "delta", "epsilon"} {
		tasks.Put(task{i, word})
	}
	var workers []*threading.Thread
	for i := 0; i < 3; i++ {
		workers = append(workers, &threading.Thread{Target: worker})
	}
	for _, w := range workers {
		w.Start()
	}
	tasks.Join()
	for _, w := range workers {
		w.Join()
	}
	var out []string
	for i := 0; i < len(results); i++ {
		out = append(out, "'"+results[i]+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Println(map[bool]string{true: "True", false: "False"}[tasks.Empty()], tasks.UnfinishedTasks())
}
