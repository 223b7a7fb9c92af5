package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) (int, error) {
	if x == 4 {
		return 0, fmt.Errorf("ValueError: bad %d", x)
	}
	return x * 10, nil
}

func main() {
	multiprocessing.Main(check)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Map(check, []int{0, 1, 2, 3}, 2)
	fmt.Println(pyList(r))
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7}
	if got, err := ex.Map(check, xs, 3); err != nil {
		fmt.Println(err, "after", pyList(got))
	}
	if got, err := ex.Map(check, xs); err != nil {
		fmt.Println(err, "after", pyList(got))
	}
	try(func() { ex.Map(check, []int{1}, 0) })
	ex.Shutdown(true, false)
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
