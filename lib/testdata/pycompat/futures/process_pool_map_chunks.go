package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int {
	return x * x * x
}

func main() {
	multiprocessing.Main(cube)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var xs []int
	for i := range 10 {
		xs = append(xs, i)
	}
	rs, _ := ex.Map(cube, xs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	rs, _ = ex.Map(cube, []int{})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	ex.Shutdown(true, false)
}
