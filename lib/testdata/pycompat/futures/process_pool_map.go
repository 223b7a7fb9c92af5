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

func show(rs []any) string {
	var ss []string
	for _, r := range rs {
		ss = append(ss, fmt.Sprint(r))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	multiprocessing.Main(cube)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	rs, _ := ex.Map(cube, []int{3, 1, 2, 0, 5})
	fmt.Println(show(rs))
	rs, _ = ex.Map(cube, []int{})
	fmt.Println(show(rs))
	ex.Shutdown(true, false)
}
