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
	var xs []int
	for i := range 100 {
		xs = append(xs, i)
	}
	rs, _ := ex.Map(square, xs)
	sum := 0
	for _, r := range rs {
		sum += r.(int)
	}
	fmt.Println(sum)
	rs, _ = ex.Map(square, []int{3, 1, 2})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	f := ex.Submit(square, 12)
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Done()), pyBool(f.Cancelled()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
