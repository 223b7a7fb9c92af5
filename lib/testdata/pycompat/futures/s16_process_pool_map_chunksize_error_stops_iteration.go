package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x == 5 {
		panic(errors.New("ValueError: five is not allowed"))
	}
	return x * x
}

func list(vs []any) string { return strings.ReplaceAll(fmt.Sprint(vs), " ", ", ") }

func rng(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	multiprocessing.Main(check)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Map(check, rng(5), 2)
	fmt.Println(list(r))
	got, err := ex.Map(check, rng(8), 3)
	if err != nil {
		fmt.Println(err, "after", list(got))
	}
	r, _ = ex.Map(check, []int{}, 4)
	fmt.Println(list(r))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("chunksize 0:", strings.TrimPrefix(fmt.Sprint(r), "ValueError: "))
			}
		}()
		ex.Map(check, []int{1}, 0)
	}()
	ex.Shutdown(true, false)
}
