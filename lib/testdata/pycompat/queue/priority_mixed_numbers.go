package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func pyRepr(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, x := range []any{3, 1.5, 2, 0.25, true, false, -1} {
		pq.Put(x)
	}
	var out []string
	for i := 0; i < 7; i++ {
		out = append(out, pyRepr(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
