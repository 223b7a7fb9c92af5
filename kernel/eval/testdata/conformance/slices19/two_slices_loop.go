package main

import "fmt"

// Two slices filled in one loop; evens is printed whole at the end.
func main() {
	var evens, odds []int
	for i := 0; i < 7; i++ {
		if i%2 == 0 {
			evens = append(evens, i)
		} else {
			odds = append(odds, i)
		}
		fmt.Println(len(evens), cap(evens), len(odds), cap(odds))
	}
	fmt.Println(evens)
}
