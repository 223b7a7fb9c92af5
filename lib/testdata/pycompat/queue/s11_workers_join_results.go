package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var tasks = queue.New(0)
var results []int
var lock threading.Lock

func worker() {
	for {
		n := tasks.Get()
		if n == nil {
			tasks.TaskDone()
			break
		}
		lock.Acquire()
		results = append(results, n.(int)*n.(int))
		lock.Release()
		tasks.TaskDone()
	}
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 3; i++ {
		threads = append(threads, &threading.Thread{Target: worker})
	}
	for _, t := range threads {
		t.Start()
	}
	for n := 1; n <= 10; n++ {
		tasks.Put(n)
	}
	tasks.Join()
	sort.Ints(results)
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(pyList(results), sum)
	for range threads {
		tasks.Put(nil)
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Println(pyBool(tasks.Empty()), tasks.UnfinishedTasks())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
