package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var tickets = 100
var sold = map[string]int{}
var lock threading.Lock

func seller(name string) {
	count := 0
	for {
		lock.Acquire()
		if tickets == 0 {
			lock.Release()
			break
		}
		tickets--
		count++
		lock.Release()
	}
	lock.Acquire()
	sold[name] = count
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		name := fmt.Sprintf("s%d", i)
		ts = append(ts, &threading.Thread{Target: func() { seller(name) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	total := 0
	var names []string
	for n, c := range sold {
		total += c
		names = append(names, "'"+n+"'")
	}
	sort.Strings(names)
	fmt.Println(tickets, total, pyStrs(names))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
