package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int { return x * x }

func add(a, b int) int { return a + b }

func list(vs []any) string {
	var s []string
	for _, v := range vs {
		s = append(s, fmt.Sprint(v))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func drain(it *multiprocessing.IMapIterator) []any {
	var out []any
	for it.Next() {
		out = append(out, it.Value())
	}
	return out
}

func main() {
	multiprocessing.Main(square, add)
	for _, n := range []int{0, -2} {
		arg := n
		if n == 0 {
			arg = multiprocessing.ZeroProcesses
		}
		pool := multiprocessing.NewPool(arg)
		if err := pool.Start(); err != nil {
			fmt.Println(n, err)
		}
	}
	pool := multiprocessing.NewPool(2)
	defer pool.Terminate()
	a, _ := pool.Map(square, []int{})
	b, _ := pool.Starmap(add, [][]any{})
	fmt.Println(list(a), list(b))
	fmt.Println(list(drain(pool.Imap(square, []int{}))), list(drain(pool.ImapUnordered(square, []int{}))))
	c, _ := pool.MapAsync(square, []int{}).GetTimeout(10 * time.Second)
	fmt.Println(list(c.([]any)))
	d, _ := pool.Map(square, []int{0, 1, 2, 3, 4}, 10)
	e, _ := pool.Starmap(add, [][]any{{1, 2}}, 3)
	fmt.Println(list(d), list(e))
}
