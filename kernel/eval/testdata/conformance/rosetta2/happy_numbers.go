package main

import "fmt"

func happy(n int) bool {
	seen := map[int]bool{}
	for n != 1 && !seen[n] {
		seen[n] = true
		s := 0
		for ; n > 0; n /= 10 {
			d := n % 10
			s += d * d
		}
		n = s
	}
	return n == 1
}

func main() {
	var found []int
	for i := 1; len(found) < 8; i++ {
		if happy(i) {
			found = append(found, i)
		}
	}
	fmt.Println(found)
	armstrong := []int{}
	for n := 1; n < 100000; n++ {
		digits, k := []int{}, n
		for ; k > 0; k /= 10 {
			digits = append(digits, k%10)
		}
		sum := 0
		for _, d := range digits {
			p := 1
			for range len(digits) {
				p *= d
			}
			sum += p
		}
		if sum == n {
			armstrong = append(armstrong, n)
		}
	}
	fmt.Println(armstrong)
}
