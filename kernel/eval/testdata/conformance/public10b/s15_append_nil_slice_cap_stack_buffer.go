package main

import "fmt"

// A tutorial loop printing len and cap as it appends to a nil slice. The
// slice itself never escapes (only len and cap are printed), so since Go 1.25
// gc gives its first backing array a 32-byte buffer on the stack: cap 4 for
// ints, 32 for bytes, where a slice that escapes grows 1, 2, 4, 8.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	var b []byte
	b = append(b, 'x')
	fmt.Println(len(b), cap(b))
}
