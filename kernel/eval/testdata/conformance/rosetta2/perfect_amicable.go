package main

import "fmt"

func sumDivisors(n int) int {
	if n < 2 {
		return 0
	}
	s := 1
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			s += i
			if j := n / i; j != i {
				s += j
			}
		}
	}
	return s
}

func main() {
	var perfect []int
	for n := 2; n < 10000; n++ {
		if sumDivisors(n) == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
	for a := 2; a < 20000; a++ {
		b := sumDivisors(a)
		if b > a && sumDivisors(b) == a {
			fmt.Println("amicable:", a, b)
		}
	}
	var def, ab int
	for n := 1; n <= 20000; n++ {
		switch s := sumDivisors(n); {
		case s < n:
			def++
		case s > n:
			ab++
		}
	}
	fmt.Println(def, ab)
}
