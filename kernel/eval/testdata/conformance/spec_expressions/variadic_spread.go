package main

import "fmt"

func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s: %d (%d args, nil=%v)", label, t, len(nums), nums == nil)
}

func modify(nums ...int) { nums[0] = 100 }

func anyArgs(args ...any) int { return len(args) }

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("spread", xs...))
	modify(xs...) // the slice is passed as is
	fmt.Println(xs)
	ys := []int{1}
	modify(ys[0], 2)
	fmt.Println(ys)
	strs := []any{"a", 1, nil}
	fmt.Println(anyArgs(strs...), anyArgs(strs), anyArgs())
	fmt.Println(sum("empty", []int{}...))
	f := fmt.Sprintln
	fmt.Print(f(strs...))
}
