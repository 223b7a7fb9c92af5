package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(n int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(n, e)
		}
	}()
	mw := n
	if n == 0 {
		mw = futures.ZeroWorkers
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: mw}
	ex.Submit(func() any { return nil })
}

func main() {
	for _, n := range []int{0, -1, -5} {
		try(n)
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(func() any { return 1 + 2 + 3 }).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
