package main

import (
	"fmt"
	"strings"
)

func factors(n int) map[int]int {
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

func format(n int) string {
	var parts []string
	f := factors(n)
	for p := 2; p <= n; p++ {
		if e, ok := f[p]; ok {
			if e == 1 {
				parts = append(parts, fmt.Sprint(p))
			} else {
				parts = append(parts, fmt.Sprintf("%d^%d", p, e))
			}
		}
	}
	return strings.Join(parts, " x ")
}

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
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999983} {
		fmt.Printf("%d = %s (prime=%t)\n", n, format(n), isPrime(n))
	}
	fmt.Println(factors(720))
}
