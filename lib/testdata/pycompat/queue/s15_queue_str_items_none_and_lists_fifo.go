package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for _, item := range []any{nil, []int{1, 2}, map[string]string{"k": "v"}, [2]int{3, 4}, "text", 0, false} {
		q.Put(item)
	}
	var out []any
	for !q.Empty() {
		out = append(out, q.Get())
	}
	fmt.Println(len(out), map[bool]string{true: "True", false: "False"}[out[0] == nil], map[bool]string{true: "True", false: "False"}[out[len(out)-1] == false], out[1].([]int)[1], out[2].(map[string]string)["k"], out[3].([2]int)[0], out[4])
}
