package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q    = queue.New(1)
	log  []string
	lock threading.Lock
)

func producer() {
	for i := 0; i < 3; i++ {
		q.Put(i)
		lock.Acquire()
		log = append(log, fmt.Sprintf("put %d", i))
		lock.Release()
	}
	q.Put(nil)
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	t := &threading.Thread{Target: producer}
	t.Start()
	var got []int
	for {
		item := q.Get()
		if item == nil {
			break
		}
		got = append(got, item.(int))
	}
	t.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "), len(log), log[len(log)-1], py(q.Empty()), py(q.Full()))
}
