package main

import "fmt"

func main() {
	primes := []int{}
outer:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
rows:
	for _, row := range matrix {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	fmt.Println(sum)
	found := false
search:
	for i := range matrix {
		switch {
		case matrix[i][0] == 4:
			found = true
			break search
		}
	}
	fmt.Println(found)
}
