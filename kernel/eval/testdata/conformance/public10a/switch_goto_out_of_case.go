package main

import "fmt"

func classify(xs []int) (out []string) {
	for _, x := range xs {
		switch {
		case x < 0:
			out = append(out, "neg")
			goto next
		case x == 0:
			out = append(out, "zero")
		default:
			out = append(out, "pos")
		}
		out = append(out, "checked")
	next:
	}
	return out
}

func main() {
	fmt.Println(classify([]int{-1, 0, 2}))
	n := 0
retry:
	n++
	switch {
	case n < 3:
		goto retry
	}
	fmt.Println("retries", n)
}
