package main

import "fmt"

// A floating-point literal given to an integer type (1e16, 1e19) is an
// exact integer constant, even above 1<<53 where a float64 would round it.

type ID uint64

func kind(x uint64) string {
	switch x {
	case 1e16:
		return "1e16"
	case 1e16 + 1:
		return "1e16+1"
	case 1e19:
		return "1e19"
	}
	return "other"
}

func main() {
	var a uint64 = 1e16 + 1
	var b int64 = 9.007199254740993e15
	const c = 12345678901234567e3
	var d ID = 1.8446744073709551615e19
	fmt.Println(a, b, int64(c/1e3), d)
	fmt.Println(kind(1e16), kind(1e16+1), kind(1e16+2), kind(1e19))
	for _, x := range []int64{1 << 53, 1<<53 + 1} {
		switch x {
		case 9.007199254740992e15:
			fmt.Println(x, "is 2^53")
		case 9.007199254740993e15:
			fmt.Println(x, "is 2^53+1")
		}
	}
	n := uint64(1)
	for n*10/10 == n {
		fmt.Print(kind(n) != "other" || n < 1e16, " ")
		n *= 10
	}
	fmt.Println()
}
