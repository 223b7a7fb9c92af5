package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	jobs    = queue.NewSimpleQueue()
	results = queue.NewSimpleQueue()
)

type res struct {
	name, kind string
	v          int
}

func consumer(name string) {
	count := 0
	for {
		n := jobs.Get()
		if n == nil {
			results.Put(res{name, "stop", count})
			return
		}
		count++
		results.Put(res{name, "sq", n.(int) * n.(int)})
	}
}

func main() {
	var cs []*threading.Thread
	for i := 0; i < 3; i++ {
		cs = append(cs, &threading.Thread{Target: func() { consumer(fmt.Sprintf("c%d", i)) }})
	}
	for _, c := range cs {
		c.Start()
	}
	for n := 1; n < 13; n++ {
		jobs.Put(n)
	}
	for range cs {
		jobs.Put(nil)
	}
	for _, c := range cs {
		c.Join()
	}
	var squares []int
	stops, total := 0, 0
	for !results.Empty() {
		r, _ := results.GetNowait()
		x := r.(res)
		if x.kind == "sq" {
			squares = append(squares, x.v)
		} else {
			stops++
			total += x.v
		}
	}
	sort.Ints(squares)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(squares), " ", ", "))
	fmt.Println(stops, total, jobs.Qsize(), map[bool]string{true: "True", false: "False"}[jobs.Empty()], results.Qsize())
}
