package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	tasks   = queue.New(0)
	results = queue.New(0)
)

const N = 3

func worker(n int) {
	for {
		item := tasks.Get()
		if item == nil {
			results.Put(fmt.Sprintf("('worker', %d, 'done')", n))
			break
		}
		results.Put(item.(int) * item.(int))
	}
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < N; i++ {
		i := i
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for i := 1; i <= 10; i++ {
		tasks.Put(i)
	}
	for range ts {
		tasks.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	var squares []int
	var ends []string
	for !results.Empty() {
		switch r := results.Get().(type) {
		case string:
			ends = append(ends, r)
		case int:
			squares = append(squares, r)
		}
	}
	sort.Ints(squares)
	sort.Strings(ends)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(squares), " ", ", "))
	fmt.Println("[" + strings.Join(ends, ", ") + "]")
	fmt.Println("tasks left:", tasks.Qsize())
}
