package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type item struct {
	name string
	i    int
}

func main() {
	sq := queue.NewSimpleQueue()
	var ts []*threading.Thread
	for _, n := range []string{"a", "b", "c"} {
		n := n
		ts = append(ts, &threading.Thread{Target: func() {
			for i := 0; i < 50; i++ {
				sq.Put(item{n, i})
			}
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	seen := map[string][]int{}
	for !sq.Empty() {
		v, _ := sq.GetNowait()
		it := v.(item)
		seen[it.name] = append(seen[it.name], it.i)
	}
	var keys []string
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("'%s': (%d, %s)", k, len(seen[k]), map[bool]string{true: "True", false: "False"}[sort.IntsAreSorted(seen[k])]))
	}
	fmt.Println("{"+strings.Join(parts, ", ")+"}", sq.Qsize())
}
