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

func factor(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13} {
		if n%p == 0 {
			return n == p
		}
	}
	limit := uint64(math.Sqrt(float64(n)))
	for i := uint64(17); i <= limit; i += 2 {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func totient(n int) int {
	r := n
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			r -= r / p
		}
	}
	if n > 1 {
		r -= r / n
	}
	return r
}

func primeGen() func() int {
	ps := []int{}
	n := 1
	return func() int {
		for {
			n++
			ok := true
			for _, p := range ps {
				if p*p > n {
					break
				}
				if n%p == 0 {
					ok = false
					break
				}
			}
			if ok {
				ps = append(ps, n)
				return n
			}
		}
	}
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(len(sieve(100000)))
	for _, n := range []int{1, 2, 12, 97, 360, 1001, 65536, 999999} {
		fmt.Println(n, factor(n), totient(n))
	}
	fmt.Println(isPrime(1_000_000_007), isPrime(1_000_000_008), isPrime(2147483647))
	g := primeGen()
	var first []int
	for i := 0; i < 15; i++ {
		first = append(first, g())
	}
	fmt.Println(first)
	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs below 100:", twins)
	goldbach := map[int][2]int{}
	for n := 4; n <= 30; n += 2 {
		for _, p := range ps {
			if isPrime(uint64(n - p)) {
				goldbach[n] = [2]int{p, n - p}
				break
			}
		}
	}
	fmt.Println(goldbach[28], goldbach[4], len(goldbach))
	emirps := []int{}
	for n := 10; len(emirps) < 8; n++ {
		r := 0
		for m := n; m > 0; m /= 10 {
			r = r*10 + m%10
		}
		if r != n && isPrime(uint64(n)) && isPrime(uint64(r)) {
			emirps = append(emirps, n)
		}
	}
	fmt.Println(emirps)
}
