package main

import "fmt"

func divisorSum(n int) int {
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d != n/d {
				s += n / d
			}
		}
	}
	return s
}

func main() {
	var perfect, abundant int
	for n := 2; n <= 10000; n++ {
		switch s := divisorSum(n); {
		case s == n:
			fmt.Println("perfect", n)
			perfect++
		case s > n:
			abundant++
		}
	}
	fmt.Println(perfect, abundant)
	for a := 2; a < 3000; a++ {
		if b := divisorSum(a); b > a && divisorSum(b) == a {
			fmt.Println("amicable", a, b)
		}
	}
}
