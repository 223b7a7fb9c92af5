package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	p := queue.NewPriorityQueue(0)
	for _, x := range []any{3, 1.5, -2, 0, 2.25, 10, -0.5} {
		p.Put(x)
	}
	var out []string
	for !p.Empty() {
		out = append(out, fmt.Sprint(p.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
