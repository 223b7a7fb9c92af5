package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func is_prime(n int) bool {
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
	multiprocessing.Main(is_prime)
	pool := multiprocessing.NewPool(4)
	xs := make([]int, 2000)
	for i := range xs {
		xs[i] = i
	}
	flags, _ := pool.Map(is_prime, xs, 100)
	pool.Terminate()
	var primes []int
	for n, f := range flags {
		if f.(bool) {
			primes = append(primes, n)
		}
	}
	fmt.Println(len(primes), pyList(primes[:10]), pyList(primes[len(primes)-3:]))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
