package main

import "fmt"

func pick(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func main() {
	xs := []int{4, 9, 2}
	fmt.Println(len(xs), max(xs[0], xs[1]), min(3, 1), pick(true), cap(xs))
	// names of the universe declared again in main: the uses above are the builtins
	max := xs[0]
	for _, x := range xs {
		if x > max {
			max = x
		}
	}
	len := 3
	true := false
	fmt.Println(max, len, true, pick(true), cap(xs))
	new, copy := "new", "copy"
	fmt.Println(new + copy)
}
