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
		if !m && lo+i >= 2 {
			out = append(out, lo+i)
		}
	}
	return out
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps[:10], ps[len(ps)-1])
	fmt.Println(segmented(1_000_000, 1_000_100))
	fmt.Println(len(sieve(200000)))
	for _, n := range []int{360, 97, 1001, 2 * 2 * 2 * 3 * 3 * 5 * 7 * 11, 600851475143} {
		f := factorize(n)
		fmt.Print(n, " =")
		for p := 2; p <= n; p++ {
			if e, ok := f[p]; ok {
				fmt.Printf(" %d^%d", p, e)
				delete(f, p)
			}
			if len(f) == 0 {
				break
			}
		}
		fmt.Println()
	}
	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs below 100:", twins)
}
