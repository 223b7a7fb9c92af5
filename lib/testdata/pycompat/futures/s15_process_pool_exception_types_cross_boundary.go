package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x < 0 {
		panic(fmt.Sprintf("ValueError: negative: %d", x))
	}
	if x == 0 {
		panic("ZeroDivisionError: zero")
	}
	return 100 / x
}

func main() {
	multiprocessing.Main(check)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, x := range []int{4, -1, 0, 50} {
		fs = append(fs, ex.Submit(check, x))
	}
	for _, f := range fs {
		if e := f.Exception(); e != nil {
			name, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(name, msg)
		} else {
			r, _ := f.Result()
			fmt.Println(r, "")
		}
	}
	ex.Shutdown(true, false)
}
