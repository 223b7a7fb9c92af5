package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func mutate(nums ...int) {
	if len(nums) > 0 {
		nums[0] = -1
	}
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	mutate(s...) // the slice itself is passed
	fmt.Println(s)
	mutate(s[0], s[1]) // a new slice
	fmt.Println(s)
	strs := []interface{}{"a", "b"}
	fmt.Println(describe("x", strs...))
	fmt.Println(describe("y", strs))
	fmt.Println(describe("z", nil))
	fmt.Println(describe("w"))
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	f := fmt.Sprintf
	fmt.Println(f("%d-%d", []interface{}{1, 2}...))
}
