package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func countPrimes(n int) int {
	c := 0
	for k := 2; k < n; k++ {
		prime := true
		for d := 2; d*d <= k; d++ {
			if k%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			c++
		}
	}
	return c
}

func main() {
	multiprocessing.Main(countPrimes)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	rs, _ := ex.Map(countPrimes, []int{10, 100, 1000})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	f := ex.Submit(countPrimes, 50)
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Done()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
