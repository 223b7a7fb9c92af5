package main

import (
	"fmt"
	"math"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var primes = []int{112272535095293, 112582705942171, 112272535095293, 115280095190773, 115797848077099, 1099726899285419}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n == 2 {
		return true
	}
	if n%2 == 0 {
		return false
	}
	sqrtN := int(math.Floor(math.Sqrt(float64(n))))
	for i := 3; i <= sqrtN; i += 2 {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func main() {
	multiprocessing.Main(isPrime)
	executor := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	items := primes[len(primes)-2:]
	res, _ := executor.Map(isPrime, items)
	for i, number := range items {
		p := "False"
		if res[i].(bool) {
			p = "True"
		}
		fmt.Printf("%d is prime: %s\n", number, p)
	}
	executor.Shutdown(true, false)
}
