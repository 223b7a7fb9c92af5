package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	tickets = 1000
	sold    = map[string]int{}
	lock    threading.Lock
)

func seller(name string) {
	count := 0
	for {
		lock.Acquire()
		if tickets == 0 {
			lock.Release()
			break
		}
		tickets--
		lock.Release()
		count++
	}
	lock.Acquire()
	sold[name] = count
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		ts = append(ts, &threading.Thread{Target: func() { seller(fmt.Sprintf("s%d", i)) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	total := 0
	var names []string
	for k, v := range sold {
		total += v
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(tickets, total, "['"+strings.Join(names, "', '")+"']")
}
