package main

import "fmt"

func isArmstrong(n int) bool {
	digits := 0
	for m := n; m > 0; m /= 10 {
		digits++
	}
	sum := 0
	for m := n; m > 0; m /= 10 {
		d, p := m%10, 1
		for i := 0; i < digits; i++ {
			p *= d
		}
		sum += p
	}
	return sum == n
}

func main() {
	var found []int
	for n := 1; n < 100000; n++ {
		if isArmstrong(n) {
			found = append(found, n)
		}
	}
	fmt.Println(found)
}
