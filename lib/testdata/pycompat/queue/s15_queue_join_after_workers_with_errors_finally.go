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
	errs []string
	ok   []int
	lock threading.Lock
)

func worker() {
	for {
		item := q.Get()
		done := func() bool {
			defer q.TaskDone()
			if item == nil {
				return true
			}
			n := item.(int)
			lock.Acquire()
			defer lock.Release()
			if n%4 == 0 {
				errs = append(errs, fmt.Sprintf("'bad item %d'", n))
				return false
			}
			ok = append(ok, n)
			return false
		}()
		if done {
			return
		}
	}
}

func main() {
	var ws []*threading.Thread
	for i := 0; i < 3; i++ {
		ws = append(ws, &threading.Thread{Target: worker})
	}
	for _, w := range ws {
		w.Start()
	}
	for i := 1; i < 13; i++ {
		q.Put(i)
	}
	for range ws {
		q.Put(nil)
	}
	q.Join()
	for _, w := range ws {
		w.Join()
	}
	sort.Ints(ok)
	sort.Strings(errs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ok), " ", ", "))
	fmt.Println("["+strings.Join(errs, ", ")+"]", q.UnfinishedTasks())
}
