package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	seq := 0
	next := func() int { seq++; return seq - 1 }
	for _, t := range []struct {
		prio int
		name string
	}{{2, "b"}, {1, "a"}, {3, "c"}} {
		pq.Put([]any{t.prio, next(), t.name, 0})
	}
	var log []string
	for !pq.Empty() {
		it := pq.Get().([]any)
		prio, n, name, tries := it[0].(int), it[1].(int), it[2].(string), it[3].(int)
		if name == "a" && tries < 2 {
			log = append(log, fmt.Sprintf("%s failed try %d", name, tries))
			pq.Put([]any{prio + 2, next(), name, tries + 1})
			continue
		}
		log = append(log, fmt.Sprintf("%s ok after %d (prio %d, seq %d)", name, tries, prio, n))
	}
	fmt.Println(strings.Join(log, "\n"))
}
