package main

import "fmt"

// A method of the function's own type that builds a local slice.

type stack struct{ depth int }

func (st stack) fill() int {
	var s []int
	for i := 0; i < st.depth; i++ {
		s = append(s, i)
	}
	return cap(s)
}

func main() {
	fmt.Println(stack{1}.fill(), stack{3}.fill(), stack{5}.fill())
}
