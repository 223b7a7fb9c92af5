package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(2)
	var log []int
	var lock threading.Lock
	producer := func() {
		for i := range 6 {
			q.Put(i)
			lock.Acquire()
			log = append(log, i)
			lock.Release()
		}
		q.Put(nil)
	}
	t := &threading.Thread{Target: producer}
	t.Start()
	var got []string
	for {
		x := q.Get()
		if x == nil {
			break
		}
		got = append(got, fmt.Sprint(x))
		if q.Qsize() > 2 {
			panic("AssertionError")
		}
	}
	t.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", len(log), pyBool(q.Empty()), q.Maxsize)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
