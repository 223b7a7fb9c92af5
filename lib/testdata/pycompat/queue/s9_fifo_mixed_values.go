package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	vals := []any{nil, 0, "", []int{1, 2}, map[string]int{"a": 1}, 3.5, true}
	for _, v := range vals {
		q.Put(v)
	}
	var out []any
	for range vals {
		out = append(out, q.Get())
	}
	same := fmt.Sprint(out) == fmt.Sprint(vals)
	fmt.Println(pyBool(same), pyBool(q.Empty()))
	fmt.Println("None", out[1], "''", out[5], "True")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
