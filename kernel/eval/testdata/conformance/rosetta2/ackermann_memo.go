package main

import "fmt"

func ackermann(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

var memo = map[[2]uint]uint{}

func ackMemo(m, n uint) uint {
	if v, ok := memo[[2]uint{m, n}]; ok {
		return v
	}
	var r uint
	switch {
	case m == 0:
		r = n + 1
	case n == 0:
		r = ackMemo(m-1, 1)
	default:
		r = ackMemo(m-1, ackMemo(m, n-1))
	}
	memo[[2]uint{m, n}] = r
	return r
}

func main() {
	for m := uint(0); m <= 3; m++ {
		for n := uint(0); n <= 4; n++ {
			fmt.Printf("A(%d,%d)=%d ", m, n, ackermann(m, n))
		}
		fmt.Println()
	}
	fmt.Println(ackMemo(3, 6), len(memo) > 0)
}
