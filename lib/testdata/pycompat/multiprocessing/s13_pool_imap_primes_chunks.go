package main

import (
	"fmt"
	"strings"

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
	pool := multiprocessing.NewPool(3)
	var items []int
	for i := range 1000 {
		items = append(items, i)
	}
	var primes []string
	n := 0
	for it := pool.Imap(isPrime, items[:50], 5); it.Next(); n++ {
		if it.Value().(bool) {
			primes = append(primes, fmt.Sprint(n))
		}
	}
	fmt.Println("[" + strings.Join(primes, ", ") + "]")
	count := 0
	for it := pool.ImapUnordered(isPrime, items, 50); it.Next(); {
		if it.Value().(bool) {
			count++
		}
	}
	fmt.Println(count)
	pool.Terminate()
}
