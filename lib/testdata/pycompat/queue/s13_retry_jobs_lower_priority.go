package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	attempts := map[string]int{}
	for _, it := range []queue.Item{{Priority: 1, Value: "fetch"}, {Priority: 2, Value: "parse"}, {Priority: 1, Value: "auth"}, {Priority: 3, Value: "report"}} {
		pq.Put(it)
	}
	var log []string
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		prio, job := it.Priority.(int), it.Value.(string)
		attempts[job]++
		if (job == "auth" || job == "parse") && attempts[job] < 3 {
			log = append(log, fmt.Sprintf("%s failed at priority %d", job, prio))
			pq.Put(queue.Item{Priority: prio + 2, Value: job})
			continue
		}
		log = append(log, fmt.Sprintf("%s ok at priority %d", job, prio))
	}
	fmt.Println(strings.Join(log, "\n"))
	var items []string
	for k, v := range attempts {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println("["+strings.Join(items, ", ")+"]", pq.Qsize())
}
