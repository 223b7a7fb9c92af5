package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var results = map[string]int{}
var lock threading.Lock

func work(a, b, scale int) {
	lock.Acquire()
	results[threading.CurrentThread().GetName()] = (a + b) * scale
	lock.Release()
}

func main() {
	ts := []*threading.Thread{
		{Target: func() { work(1, 0, 1) }, Name: "p1"},
		{Target: func() { work(1, 2, 1) }, Name: "p2"},
		{Target: func() { work(1, 5, 10) }, Name: "p3"},
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var items []string
	for k, v := range results {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
}
