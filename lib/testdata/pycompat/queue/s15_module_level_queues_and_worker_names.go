package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	tasks = queue.New(0)
	done  = queue.NewSimpleQueue()
	stack = queue.NewLifoQueue(5)
)

func worker() {
	name := threading.CurrentThread().GetName()
	for {
		item := tasks.Get()
		if item == nil {
			break
		}
		done.Put(fmt.Sprintf("('%s', '%s')", name, item))
		stack.PutNowait(item)
		tasks.TaskDone()
	}
	tasks.TaskDone()
}

func main() {
	w := &threading.Thread{Target: worker, Name: "only-worker"}
	w.Start()
	for _, x := range []string{"a", "b", "c"} {
		tasks.Put(x)
	}
	tasks.Put(nil)
	tasks.Join()
	w.Join()
	var ds []string
	for n := done.Qsize(); n > 0; n-- {
		ds = append(ds, done.Get().(string))
	}
	fmt.Println("[" + strings.Join(ds, ", ") + "]")
	var ss []string
	for n := stack.Qsize(); n > 0; n-- {
		ss = append(ss, "'"+stack.Get().(string)+"'")
	}
	fmt.Println("["+strings.Join(ss, ", ")+"]", stack.Maxsize)
}
