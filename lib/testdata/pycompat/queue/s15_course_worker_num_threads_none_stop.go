package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q    = queue.New(0)
	lock threading.Lock
	done = map[int][]int{}
)

func worker(num int) {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		lock.Acquire()
		done[num] = append(done[num], item.(int)*2)
		lock.Release()
		q.TaskDone()
	}
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []int) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }

func main() {
	numWorkerThreads := 5
	var threads []*threading.Thread
	for i := 0; i < numWorkerThreads; i++ {
		t := &threading.Thread{Target: func() { worker(i) }}
		t.Start()
		threads = append(threads, t)
	}
	for item := 0; item < 20; item++ {
		q.Put(item)
	}
	q.Join()
	fmt.Println("all items processed", q.UnfinishedTasks())
	for i := 0; i < numWorkerThreads; i++ {
		q.Put(nil)
	}
	for _, t := range threads {
		t.Join()
	}
	var results []int
	for _, xs := range done {
		results = append(results, xs...)
	}
	sort.Ints(results)
	sum := 0
	for _, x := range results {
		sum += x
	}
	fmt.Println(len(results), sum, list(results[:5]), results[len(results)-1])
	var alive []string
	for _, t := range threads {
		alive = append(alive, py(t.IsAlive()))
	}
	fmt.Println("alive", "["+strings.Join(alive, ", ")+"]", py(q.Empty()))
}
