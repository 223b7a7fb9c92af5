package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	results = map[string]int{}
	lock    threading.Lock
)

func compute(key string, base, power, offset int) {
	r := 1
	for i := 0; i < power; i++ {
		r *= base
	}
	lock.Acquire()
	results[key] = r + offset
	lock.Release()
}

func main() {
	type spec struct {
		k                   string
		base, power, offset int
	}
	specs := []spec{{"a", 3, 2, 0}, {"b", 2, 10, 0}, {"c", 5, 2, -5}, {"d", 2, 3, 1}}
	var ts []*threading.Thread
	for _, s := range specs {
		ts = append(ts, &threading.Thread{Target: func() { compute(s.k, s.base, s.power, s.offset) }, TargetName: "compute"})
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
	var names []string
	for _, t := range ts {
		names = append(names, t.GetName())
	}
	fmt.Println("['" + strings.Join(names, "', '") + "']")
}
