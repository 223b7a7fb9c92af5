package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func hotPotato(names []string, k int) string {
	q := queue.New(0)
	for _, n := range names {
		q.Put(n)
	}
	var out []string
	for q.Qsize() > 1 {
		for range k - 1 {
			q.Put(q.Get())
		}
		out = append(out, fmt.Sprintf("'%v'", q.Get()))
	}
	last := q.Get()
	empty := "False"
	if q.Empty() {
		empty = "True"
	}
	return fmt.Sprintf("([%s], '%v', %s)", strings.Join(out, ", "), last, empty)
}

func main() {
	fmt.Println(hotPotato([]string{"Bill", "David", "Susan", "Jane", "Kent", "Brad"}, 7))
	fmt.Println(hotPotato([]string{"a", "b", "c"}, 1))
}
