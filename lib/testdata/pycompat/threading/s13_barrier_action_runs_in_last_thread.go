package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ranIn []string
	b := threading.NewBarrier(3, func() { ranIn = append(ranIn, "'"+threading.CurrentThread().GetName()+"'") })
	var mu threading.Lock
	got := map[string]int{}
	party := func() {
		i, _ := b.Wait()
		mu.Acquire()
		got[threading.CurrentThread().GetName()] = i
		mu.Release()
	}
	var ts []*threading.Thread
	for i := range 3 {
		t := &threading.Thread{Target: party, Name: fmt.Sprintf("p%d", i)}
		ts = append(ts, t)
		t.Start()
		for b.NWaiting() < i+1 && i < 2 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	for _, t := range ts {
		t.Join()
	}
	var items []string
	for k, v := range got {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println("action ran in", "["+strings.Join(ranIn, ", ")+"]", "indices", "["+strings.Join(items, ", ")+"]")
}
