package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var mu threading.Lock
	results := map[string]int{}
	compute := func(key string, base, exp, offset int) {
		v := 1
		for range exp {
			v *= base
		}
		mu.Acquire()
		results[key] = v + offset
		mu.Release()
	}
	ts := []*threading.Thread{
		{Target: func() { compute("sq", 3, 2, 0) }},
		{Target: func() { compute("cube", 2, 3, 0) }},
		{Target: func() { compute("shifted", 5, 2, -5) }},
		{Target: func() { compute("both", 2, 10, 1) }},
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
