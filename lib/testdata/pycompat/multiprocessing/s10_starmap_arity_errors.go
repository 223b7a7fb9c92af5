package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func mul(a, b int) int { return a * b }

func main() {
	multiprocessing.Main(mul)
	pool := multiprocessing.NewPool(1)
	rs, _ := pool.Starmap(mul, [][]int{{1, 2}, {3, 4}})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	if _, err := pool.Starmap(mul, [][]int{{1, 2, 3}}); err != nil {
		fmt.Println(err)
	}
	if _, err := pool.Apply(mul, 1); err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
}
