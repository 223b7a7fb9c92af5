package main

import "fmt"

type P struct {
	A int32
	B int32
	C int32
}

//go:noinline
func ints(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

//go:noinline
func bytes(n int) []byte {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte('a'+i%26))
	}
	return s
}

//go:noinline
func strs(n int) []string {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, fmt.Sprint(i))
	}
	return s
}

//go:noinline
func triples(n int) []P {
	var s []P
	for i := 0; i < n; i++ {
		s = append(s, P{int32(i), 0, 1})
	}
	return s
}

//go:noinline
func ptrs(n int) []*int {
	var s []*int
	for i := 0; i < n; i++ {
		v := i
		s = append(s, &v)
	}
	return s
}

//go:noinline
func int16s(n int) []int16 {
	var s []int16
	for i := 0; i < n; i++ {
		s = append(s, int16(i))
	}
	return s
}

//go:noinline
func anys(n int) []any {
	var s []any
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

//go:noinline
func pairs(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i, -i)
	}
	return s
}

func main() {
	for n := 0; n <= 9; n++ {
		fmt.Println(n, cap(ints(n)), cap(bytes(n)), cap(strs(n)), cap(triples(n)), cap(ptrs(n)), cap(int16s(n)), cap(anys(n)), cap(pairs(n)))
	}
	for n := 10; n <= 40; n += 5 {
		fmt.Println(n, cap(bytes(n)), cap(int16s(n)), string(bytes(n)))
	}
}
