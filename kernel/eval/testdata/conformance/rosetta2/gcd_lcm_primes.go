package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func factors(n int) []int {
	var f []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f = append(f, p)
			n /= p
		}
	}
	if n > 1 {
		f = append(f, n)
	}
	return f
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

func main() {
	fmt.Println(gcd(1071, 462), lcm(12, 18), gcd(-12, 18))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm 1..20:", l)
	for _, n := range []int{360, 97, 1001, 600851475143} {
		fmt.Println(n, factors(n))
	}
	for i := 1; i <= 12; i++ {
		fmt.Print(totient(i), " ")
	}
	fmt.Println()
}
