package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int { return x * x }

func main() {
	multiprocessing.Main(square)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	items := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	for _, cs := range []int{1, 3, 10, 100} {
		r, _ := ex.Map(square, items, cs)
		fmt.Println(cs, pyList(r))
	}
	r, _ := ex.Map(square, []int{}, 4)
	fmt.Println(pyList(r))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.Map(square, []int{0, 1, 2}, 0)
	}()
	ex.Shutdown(true, false)
}

func pyList(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}
