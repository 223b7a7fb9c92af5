package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	current := map[string]int{}
	push := func(task string, prio int) {
		current[task] = prio
		pq.Put(queue.Item{Priority: prio, Value: task})
	}
	for _, tp := range []struct {
		t string
		p int
	}{{"email", 3}, {"build", 1}, {"test", 2}, {"deploy", 5}} {
		push(tp.t, tp.p)
	}
	push("email", 0)
	push("build", 4)
	var order []string
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		task, prio := it.Value.(string), it.Priority.(int)
		if p, ok := current[task]; !ok || p != prio {
			continue
		}
		delete(current, task)
		order = append(order, fmt.Sprintf("('%s', %d)", task, prio))
	}
	var left []string
	for k, v := range current {
		left = append(left, fmt.Sprintf("'%s': %d", k, v))
	}
	fmt.Println("["+strings.Join(order, ", ")+"]", "{"+strings.Join(left, ", ")+"}", pq.Qsize())
}
