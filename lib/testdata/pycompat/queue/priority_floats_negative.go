package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, x := range []any{2, -1.5, 0, 3.25, -3, 1e-9, math.Copysign(0, -1), 7} {
		pq.Put(x)
	}
	var out []string
	for i := 0; i < 8; i++ {
		out = append(out, pyNum(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}

func pyNum(v any) string {
	if f, ok := v.(float64); ok {
		s := fmt.Sprint(f)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	}
	return fmt.Sprint(v)
}
