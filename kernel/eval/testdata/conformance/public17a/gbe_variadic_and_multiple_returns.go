package main

import "fmt"

func vals() (int, int) { return 3, 7 }

func sum(nums ...int) {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
}

func both(prefix string, vs ...any) string { return fmt.Sprint(prefix, len(vs), vs) }

func main() {
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	fmt.Println(both("x"), both("y", nil), both("z", []any{1, 2}...), both("w", []any{1, 2}))
}
