package main

import "fmt"

func plus(a, b int) int { return a + b }

func plusPlus(a, b, c int) int { return a + b + c }

func vals() (int, int) { return 3, 7 }

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
	return total
}

func main() {
	fmt.Println("1+2 =", plus(1, 2))
	fmt.Println("1+2+3 =", plusPlus(1, 2, 3))
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()
}
