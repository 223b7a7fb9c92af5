package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var sq = queue.NewSimpleQueue()

func producer(start int) {
	for i := start; i < start+3; i++ {
		sq.Put(i)
	}
	sq.Put(nil)
}

func main() {
	var threads []*threading.Thread
	for _, s := range []int{1, 100} {
		threads = append(threads, &threading.Thread{Target: func() { producer(s) }})
	}
	for _, t := range threads {
		t.Start()
	}
	done, total, count := 0, 0, 0
	for done < 2 {
		item := sq.Get()
		if item == nil {
			done++
			continue
		}
		total += item.(int)
		count++
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Println("items:", count, "total:", total, "empty:", map[bool]string{true: "True", false: "False"}[sq.Empty()], "qsize:", sq.Qsize())
	if _, err := sq.GetNowait(); err == queue.ErrEmpty {
		fmt.Println("Empty")
	}
	if _, err := sq.GetTimeout(100 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("Empty after timeout")
	}
}
