package main

import "fmt"

func main() {
	// Go 1.22: each iteration has its own i, copied from the previous one
	// before the post statement runs.
	var incs []func()
	var reads []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		reads = append(reads, func() int { return i })
	}
	incs[0]()
	incs[0]()
	fmt.Println(reads[0](), reads[1](), reads[2]())

	// Changing i inside the body changes what the next iteration starts from.
	var seen []int
	for i := 0; i < 10; i++ {
		seen = append(seen, i)
		if i == 2 {
			i = 6
		}
	}
	fmt.Println(seen)

	// The closure captures the variable of its iteration; the post statement
	// works on the next iteration's copy.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// A loop variable declared by range is also per iteration.
	var got []func() string
	for _, s := range []string{"x", "y"} {
		got = append(got, func() string { return s })
	}
	fmt.Println(got[0](), got[1]())

	// Variables declared before the loop are shared.
	j := 0
	var shared []func() int
	for ; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	fmt.Println(shared[0](), shared[1](), shared[2]())
}
