package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, j := range []struct {
		prio int
		name string
	}{{2, "email"}, {1, "db"}, {3, "log"}} {
		pq.Put([]any{j.prio, 0, j.name})
	}
	attempts := map[string]int{}
	var done []string
	for !pq.Empty() {
		t := pq.Get().([]any)
		prio, tries, name := t[0].(int), t[1].(int), t[2].(string)
		attempts[name] = tries + 1
		if name == "db" && tries < 2 {
			pq.Put([]any{prio + 2, tries + 1, name})
			continue
		}
		done = append(done, fmt.Sprintf("('%s', %d)", name, prio))
	}
	var keys []string
	for k := range attempts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("('%s', %d)", k, attempts[k]))
	}
	fmt.Println("["+strings.Join(done, ", ")+"]", "["+strings.Join(items, ", ")+"]")
}
