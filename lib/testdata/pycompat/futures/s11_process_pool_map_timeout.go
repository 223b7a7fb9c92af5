package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(x int) int {
	return 2 * x
}

func list(v []any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func main() {
	multiprocessing.Main(double)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	r, _ := ex.MapTimeout(double, []int{1, 2, 3}, 60*time.Second)
	fmt.Println(list(r))
	r, _ = ex.MapTimeout(double, []int{}, 0)
	fmt.Println(list(r))
	r, _ = ex.MapTimeout(double, []int{0, 1, 2, 3, 4}, 30*time.Second)
	fmt.Println(r[0], r[1], list(r[2:]))
	ex.Shutdown(true, false)
}
