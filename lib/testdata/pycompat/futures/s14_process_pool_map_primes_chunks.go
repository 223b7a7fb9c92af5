package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func main() {
	multiprocessing.Main(isPrime)
	var nums []any
	for n := 90; n < 110; n++ {
		nums = append(nums, n)
	}
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	flags, err := ex.Map(isPrime, nums, 5)
	if err != nil {
		fmt.Println(err)
	}
	ex.Shutdown(true, false)
	var primes []string
	count := 0
	for i, f := range flags {
		if f.(bool) {
			primes = append(primes, fmt.Sprint(nums[i]))
			count++
		}
	}
	fmt.Println("[" + strings.Join(primes, ", ") + "]")
	fmt.Println(count, len(flags))
}
