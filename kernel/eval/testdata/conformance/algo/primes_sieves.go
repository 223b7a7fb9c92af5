package main

import (
	"fmt"
	"math"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func linearSieve(n int) ([]int, []int) {
	lp := make([]int, n+1)
	var pr []int
	for i := 2; i <= n; i++ {
		if lp[i] == 0 {
			lp[i] = i
			pr = append(pr, i)
		}
		for _, p := range pr {
			if p > lp[i] || i*p > n {
				break
			}
			lp[i*p] = p
		}
	}
	return pr, lp
}

func factorize(n int, lp []int) []int {
	var f []int
	for n > 1 {
		f = append(f, lp[n])
		n /= lp[n]
	}
	return f
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d <= int(math.Sqrt(float64(n))); d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func segmented(lo, hi int) []int {
	base := sieve(int(math.Sqrt(float64(hi))) + 1)
	mark := make([]bool, hi-lo+1)
	for _, p := range base {
		start := max(p*p, (lo+p-1)/p*p)
		for j := start; j <= hi; j += p {
			mark[j-lo] = true
		}
	}
	var out []int
	for i, m := range mark {
		if !m && lo+i > 1 {
			out = append(out, lo+i)
		}
	}
	return out
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(len(sieve(200000)))
	pr, lp := linearSieve(1000)
	fmt.Println(len(pr), factorize(360, lp), factorize(997, lp), factorize(1000, lp))
	fmt.Println(isPrime(1), isPrime(2), isPrime(97), isPrime(7919), isPrime(1_000_000_007), isPrime(561))
	fmt.Println(segmented(1_000_000, 1_000_100))
	twins := 0
	for i := 1; i < len(p); i++ {
		if p[i]-p[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs below 100:", twins)
}
