package main

import (
	"fmt"
	"math"
	"strings"
)

func spf(n int) []int {
	s := make([]int, n+1)
	for i := 2; i <= n; i++ {
		if s[i] == 0 {
			for j := i; j <= n; j += i {
				if s[j] == 0 {
					s[j] = i
				}
			}
		}
	}
	return s
}

type Factor struct{ P, E int }

func factorize(n int, s []int) []Factor {
	var fs []Factor
	for n > 1 {
		p := s[n]
		e := 0
		for n%p == 0 {
			n /= p
			e++
		}
		fs = append(fs, Factor{p, e})
	}
	return fs
}

func (f Factor) String() string {
	if f.E == 1 {
		return fmt.Sprint(f.P)
	}
	return fmt.Sprintf("%d^%d", f.P, f.E)
}

func phi(fs []Factor, n int) int {
	r := n
	for _, f := range fs {
		r = r / f.P * (f.P - 1)
	}
	return r
}

func divisors(fs []Factor) []int {
	ds := []int{1}
	for _, f := range fs {
		cur := len(ds)
		pk := 1
		for e := 1; e <= f.E; e++ {
			pk *= f.P
			for i := 0; i < cur; i++ {
				ds = append(ds, ds[i]*pk)
			}
		}
	}
	return ds
}

func millerRabin(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	mulmod := func(a, b, m uint64) uint64 {
		var r uint64
		a %= m
		for b > 0 {
			if b&1 == 1 {
				r = (r + a) % m
			}
			a = (a << 1) % m
			b >>= 1
		}
		return r
	}
	powmod := func(a, e, m uint64) uint64 {
		r := uint64(1)
		for a %= m; e > 0; e >>= 1 {
			if e&1 == 1 {
				r = mulmod(r, a, m)
			}
			a = mulmod(a, a, m)
		}
		return r
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
outer:
	for _, a := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		for r := 1; r < s; r++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				continue outer
			}
		}
		return false
	}
	return true
}

func main() {
	s := spf(1000)
	for _, n := range []int{2, 12, 360, 997, 1000, 999} {
		fs := factorize(n, s)
		parts := make([]string, len(fs))
		for i, f := range fs {
			parts[i] = f.String()
		}
		ds := divisors(fs)
		fmt.Printf("%4d = %-14s phi=%-4d ndiv=%d\n", n, strings.Join(parts, "*"), phi(fs, n), len(ds))
	}
	cnt := 0
	for i := 2; i <= 1000; i++ {
		if s[i] == i {
			cnt++
		}
	}
	fmt.Println("primes<=1000:", cnt, "approx", int(1000/math.Log(1000)))
	for _, n := range []uint64{1, 2, 561, 7919, 1_000_000_007, 1<<61 - 1, 1<<62 + 1, 18446744073709551557} {
		fmt.Print(millerRabin(n), " ")
	}
	fmt.Println()
}
