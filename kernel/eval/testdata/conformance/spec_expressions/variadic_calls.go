package main

import "fmt"

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s%d(%d)", prefix, t, len(nums))
}

func pass(args ...any) string { return fmt.Sprint(args...) }

func main() {
	fmt.Println(sum("a"), sum("b", 1), sum("c", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("d", xs...))
	fmt.Println(pass(1, "x", 2.5), pass())
	var nilSlice []int
	fmt.Println(sum("e", nilSlice...))
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
}
