package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	p := queue.NewPriorityQueue(0)
	for _, s := range []string{"pear", "apple", "Zebra", "apple", "banana", ""} {
		p.Put(s)
	}
	var out []string
	for n := p.Qsize(); n > 0; n-- {
		out = append(out, "'"+p.Get().(string)+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	p = queue.NewPriorityQueue(0)
	for _, t := range [][]any{{1, 2, "x"}, {1, 1, "y"}, {0, 9, "z"}, {1, 1, "a"}} {
		p.Put(t)
	}
	for !p.Empty() {
		t := p.Get().([]any)
		fmt.Println(t[0], t[1], t[2])
	}
}
