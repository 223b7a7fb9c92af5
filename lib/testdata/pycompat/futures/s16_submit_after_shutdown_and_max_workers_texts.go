package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(prefix string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(prefix + r.(error).Error())
		}
	}()
	f()
}

func pow(a, b int) int {
	r := 1
	for i := 0; i < b; i++ {
		r *= a
	}
	return r
}

func main() {
	// Python's max_workers=0 is ZeroWorkers; any negative count is refused.
	for _, c := range []struct {
		label string
		n     int
	}{{"0 ", futures.ZeroWorkers}, {"-1 ", -2}} {
		try(c.label, func() {
			ex := &futures.ThreadPoolExecutor{MaxWorkers: c.n}
			ex.Submit(func() any { return nil })
		})
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	v, _ := ex.Submit(func() any { return pow(2, 10) }).Result()
	fmt.Println(v)
	ex.Shutdown(true, false)
	try("", func() { ex.Submit(func() any { return pow(2, 3) }) })
	ex.Shutdown(true, false)
	fmt.Println("second shutdown is fine")
}
