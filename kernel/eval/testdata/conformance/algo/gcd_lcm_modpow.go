package main

import "fmt"

type Integer interface {
	~int | ~int32 | ~int64 | ~uint | ~uint64
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func LCM[T Integer](a, b T) T { return a / GCD(a, b) * b }

func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func modPow(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func modInverse(a, m int) (int, bool) {
	g, x, _ := extGCD(a, m)
	if g != 1 {
		return 0, false
	}
	return (x%m + m) % m, true
}

func main() {
	fmt.Println(GCD(48, 18), GCD(17, 5), GCD(0, 9), GCD[uint64](1<<40, 1<<20))
	fmt.Println(LCM(4, 6), LCM(int64(21), 6))
	l := 1
	for i := 1; i <= 20; i++ {
		l = LCM(l, i)
	}
	fmt.Println("lcm 1..20 =", l)
	fmt.Println(extGCD(240, 46))
	fmt.Println(modPow(2, 10, 1000), modPow(3, 200, 1_000_000_007), modPow(7, 0, 13))
	fmt.Println(modInverse(3, 11))
	fmt.Println(modInverse(4, 8))
	type myInt int32
	fmt.Println(GCD(myInt(100), myInt(75)))
	coprime := 0
	for i := 1; i <= 36; i++ {
		if GCD(i, 36) == 1 {
			coprime++
		}
	}
	fmt.Println("phi(36) =", coprime)
}
