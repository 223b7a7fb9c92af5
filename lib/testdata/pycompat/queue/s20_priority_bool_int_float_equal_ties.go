package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	for _, x := range []any{1, true, 1.0, 0, false, 0.0, -1, 2} {
		q.Put(x)
	}
	var vals, types []string
	for !q.Empty() {
		switch x := q.Get().(type) {
		case bool:
			if x {
				vals = append(vals, "True")
			} else {
				vals = append(vals, "False")
			}
			types = append(types, "'bool'")
		case float64:
			vals = append(vals, fmt.Sprintf("%.1f", x))
			types = append(types, "'float'")
		case int:
			vals = append(vals, fmt.Sprint(x))
			types = append(types, "'int'")
		}
	}
	fmt.Println("["+strings.Join(vals, ", ")+"]", "["+strings.Join(types, ", ")+"]")
}
