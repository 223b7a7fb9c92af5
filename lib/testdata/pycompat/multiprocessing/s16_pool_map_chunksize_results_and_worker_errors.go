package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inv(x int) int {
	if x == 0 {
		panic(errors.New("ZeroDivisionError: integer division or modulo by zero"))
	}
	return 100 / x
}

func pow(a, b int) int {
	r := 1
	for i := 0; i < b; i++ {
		r *= a
	}
	return r
}

func list(vs []any) string { return strings.ReplaceAll(fmt.Sprint(vs), " ", ", ") }

func main() {
	multiprocessing.Main(inv, pow)
	pool := multiprocessing.NewPool(2)
	for _, cs := range []int{1, 3, 10} {
		r, _ := pool.Map(inv, []int{1, 2, 4, 5, 10}, cs)
		fmt.Println(cs, list(r))
	}
	if _, err := pool.Map(inv, []int{1, 0, 2}, 2); err != nil {
		fmt.Println(err)
	}
	r, _ := pool.Starmap(pow, [][]int{{2, 3}, {3, 2}}, 1)
	fmt.Println(list(r))
	r, _ = pool.Map(inv, []int{})
	fmt.Println(list(r))
	pool.Terminate()
}
