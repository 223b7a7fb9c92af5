package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inv(x int) int {
	if x == 0 {
		panic("integer division or modulo by zero")
	}
	return 10 / x
}

func main() {
	multiprocessing.Main(inv)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	out, err := ex.Map(inv, []int{5, 2, 0, 1})
	if err != nil {
		fmt.Println("ZeroDivisionError:", err)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(out), " ", ", "))
	rs, _ := ex.Map(inv, []int{1, 10})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	ex.Shutdown(true, false)
}
