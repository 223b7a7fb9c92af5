package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func main() {
	multiprocessing.Main(square)
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Map(square, []int{0, 1, 2, 3, 4, 5, 6, 7})
	pool.Terminate()
	var ss []string
	for _, r := range rs {
		ss = append(ss, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(ss, ", ") + "]")
}
