package main

import "fmt"

// Only len and cap are printed: the slice stays on the stack (cap 4 for
// ints, 32 for bytes, 2 for strings) until it outgrows the buffer.
func main() {
	var nums []int
	for i := 0; i < 6; i++ {
		nums = append(nums, i*i)
		fmt.Println("nums", len(nums), cap(nums))
	}
	var word []byte
	for _, r := range "hello" {
		word = append(word, byte(r))
	}
	fmt.Println("word", len(word), cap(word))
	var names []string
	names = append(names, "a")
	fmt.Println("names", len(names), cap(names))
	names = append(names, "b", "c")
	fmt.Println("names", len(names), cap(names))
}
