package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int {
	if x == 7 {
		panic("ArithmeticError: seven")
	}
	return x * x * x
}

func list(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func rng(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	return r
}

func main() {
	multiprocessing.Main(cube)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Map(cube, rng(6), 4)
	fmt.Println(list(r))
	r, _ = ex.Map(cube, []int{}, 3)
	fmt.Println(list(r))
	got, err := ex.Map(cube, rng(10), 3)
	if err != nil {
		fmt.Println(err, list(got))
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.Map(cube, []int{1}, 0)
	}()
	ex.Shutdown(true, false)
}
