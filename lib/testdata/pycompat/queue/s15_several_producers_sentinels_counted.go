package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type done struct{}

var q = queue.New(4)
var DONE = &done{}

type item struct {
	name string
	i    int
}

func producer(name string, n int) {
	for i := 0; i < n; i++ {
		q.Put(item{name, i})
	}
	q.Put(DONE)
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var producers []*threading.Thread
	for k := 0; k < 3; k++ {
		producers = append(producers, &threading.Thread{Target: func() { producer(fmt.Sprintf("p%d", k), 5+k) }})
	}
	for _, p := range producers {
		p.Start()
	}
	finished := 0
	per := map[string]int{}
	orderOK := true
	last := map[string]int{}
	for finished < len(producers) {
		it := q.Get()
		if it == DONE {
			finished++
			continue
		}
		x := it.(item)
		l, ok := last[x.name]
		if !ok {
			l = -1
		}
		if l+1 != x.i {
			orderOK = false
		}
		last[x.name] = x.i
		per[x.name]++
	}
	for _, p := range producers {
		p.Join()
	}
	var items []string
	for k, v := range per {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println("["+strings.Join(items, ", ")+"]", finished, py(orderOK), py(q.Empty()))
}
