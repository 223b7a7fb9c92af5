package main

import "fmt"

var saved []int

func store(xs []int) { saved = xs }

func count(xs []int, x int) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

func sumRec(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sumRec(xs[1:])
}

// A slice passed to a func that stores it escapes; one passed to funcs that
// only read it (a recursive one passing xs[1:] too) or to copy does not.
func main() {
	var b []int
	b = append(b, 2)
	store(b)
	fmt.Println(len(b), cap(b), len(saved))
	var c []int
	c = append(c, 3, 3)
	fmt.Println(len(c), cap(c), count(c, 3))
	var d []int
	d = append(d, 1, 2, 3)
	fmt.Println(len(d), cap(d), sumRec(d))
	var e []int
	e = append(e, 5)
	dst := make([]int, 2)
	n := copy(dst, e)
	fmt.Println(len(e), cap(e), n, dst)
}
