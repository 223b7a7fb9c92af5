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
		p int
		n string
	}{{3, "low"}, {1, "urgent"}, {2, "normal"}, {1, "also urgent"}} {
		pq.Put(queue.Item{Priority: j.p, Value: struct{ name string }{j.n}})
	}
	type pn struct {
		p int
		n string
	}
	var out []pn
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		out = append(out, pn{it.Priority.(int), it.Value.(struct{ name string }).name})
	}
	fmt.Printf("%d %d (%d, '%s') (%d, '%s')\n", out[0].p, out[1].p, out[2].p, out[2].n, out[3].p, out[3].n)
	var urgent []string
	for _, x := range out {
		if x.p == 1 {
			urgent = append(urgent, "'"+x.n+"'")
		}
	}
	sort.Strings(urgent)
	fmt.Println("[" + strings.Join(urgent, ", ") + "]")
}
