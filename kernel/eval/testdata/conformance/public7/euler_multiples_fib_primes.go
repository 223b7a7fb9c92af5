package main

import (
	"fmt"
	"math"
)

// Problems 1, 2, 3, 7 and 10, as people post them.

func sumMultiples(limit int, divs ...int) (sum int) {
	for n := 1; n < limit; n++ {
		for _, d := range divs {
			if n%d == 0 {
				sum += n
				break
			}
		}
	}
	return
}

func evenFib(limit int) int {
	sum := 0
	for a, b := 1, 2; a <= limit; a, b = b, a+b {
		if a%2 == 0 {
			sum += a
		}
	}
	return sum
}

func largestPrimeFactor(n int64) int64 {
	var last int64
	for f := int64(2); f*f <= n; f++ {
		for n%f == 0 {
			last, n = f, n/f
		}
	}
	if n > 1 {
		last = n
	}
	return last
}

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func nthPrime(n int) int {
	limit := int(float64(n) * (math.Log(float64(n)) + math.Log(math.Log(float64(n))) + 2))
	c := sieve(limit)
	for i, count := 2, 0; i <= limit; i++ {
		if !c[i] {
			count++
			if count == n {
				return i
			}
		}
	}
	return -1
}

func main() {
	fmt.Println("p1", sumMultiples(10, 3, 5), sumMultiples(1000, 3, 5))
	fmt.Println("p2", evenFib(4_000_000))
	fmt.Println("p3", largestPrimeFactor(13195), largestPrimeFactor(600851475143))
	fmt.Println("p7", nthPrime(6), nthPrime(10001))
	c := sieve(2_000_000)
	var sum int64
	for i, comp := range c {
		if !comp {
			sum += int64(i)
		}
	}
	fmt.Println("p10", sum)
}
