package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type task struct {
	fn   func(args ...any)
	args []any
}

var (
	tasks = queue.New(0)
	log   []string
)

func greet(args ...any) {
	log = append(log, "hello "+args[0].(string))
}

func add(args ...any) {
	a, b := args[0].(int), args[1].(int)
	log = append(log, fmt.Sprintf("%d+%d=%d", a, b, a+b))
}

func worker() {
	for {
		t := tasks.Get().(task)
		if t.fn == nil {
			tasks.TaskDone()
			break
		}
		t.fn(t.args...)
		tasks.TaskDone()
	}
}

func main() {
	t := &threading.Thread{Target: worker, Name: "dispatcher"}
	t.Start()
	tasks.Put(task{greet, []any{"world"}})
	tasks.Put(task{add, []any{2, 3}})
	tasks.Put(task{greet, []any{"queue"}})
	tasks.Put(task{nil, nil})
	tasks.Join()
	t.Join()
	fmt.Println("['" + strings.Join(log, "', '") + "']")
	fmt.Println(t.GetName(), map[bool]string{true: "True", false: "False"}[t.IsAlive()], tasks.UnfinishedTasks())
}
