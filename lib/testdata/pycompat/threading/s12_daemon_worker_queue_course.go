package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	var lock threading.Lock
	var lines []string
	worker := func(num int) {
		for {
			item := q.Get()
			if item == nil {
				break
			}
			lock.Acquire()
			lines = append(lines, fmt.Sprintf("스레드 %d : 처리완료 %v", num+1, item))
			lock.Release()
			q.TaskDone()
		}
	}
	var threads []*threading.Thread
	for i := range 3 {
		t := &threading.Thread{Target: func() { worker(i) }}
		t.Start()
		threads = append(threads, t)
	}
	for item := range 6 {
		q.Put(item)
	}
	q.Join()
	for range threads {
		q.Put(nil)
	}
	for _, t := range threads {
		t.Join()
	}
	var parts []string
	for _, l := range lines {
		_, after, _ := strings.Cut(l, " : ")
		parts = append(parts, "'"+after+"'")
	}
	sort.Strings(parts)
	fmt.Println(len(lines), "["+strings.Join(parts, ", ")+"]")
}
