package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var data threading.Local
	var lock threading.Lock
	totals := map[string]int{}
	work := func(name string, n int) {
		data.Set("count", 0)
		for range n {
			data.Set("count", data.Get("count").(int)+1)
		}
		lock.Acquire()
		totals[name] = data.Get("count").(int)
		lock.Release()
	}
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { work(fmt.Sprintf("t%d", i), 1000*(i+1)) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var items []string
	for k, v := range totals {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	_, ok := data.Lookup("count")
	fmt.Println("["+strings.Join(items, ", ")+"]", map[bool]string{true: "True", false: "False"}[ok])
	data.Set("count", -1)
	fmt.Println(data.Get("count"))
}
