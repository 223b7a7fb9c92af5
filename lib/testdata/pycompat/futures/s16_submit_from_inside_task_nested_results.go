package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var ex = &futures.ThreadPoolExecutor{MaxWorkers: 4}

func leaf(x int) int { return x * 2 }

func parent(n int) int {
	var children []*futures.Future
	for i := 0; i < n; i++ {
		i := i
		children = append(children, ex.Submit(func() any { return leaf(i) }))
	}
	sum := 0
	for _, c := range children {
		v, _ := c.Result()
		sum += v.(int)
	}
	return sum
}

func main() {
	var out []string
	for _, n := range []int{1, 3, 5} {
		n := n
		v, _ := ex.Submit(func() any { return parent(n) }).Result()
		out = append(out, fmt.Sprint(v))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	ex.Shutdown(true, false)
}
