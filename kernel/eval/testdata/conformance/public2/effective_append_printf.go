package main

import (
	"fmt"
	"os"
)

func Append(slice, data []byte) []byte {
	l := len(slice)
	if l+len(data) > cap(slice) {
		newSlice := make([]byte, (l+len(data))*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : l+len(data)]
	copy(slice[l:], data)
	return slice
}

func Min(a ...int) int {
	min := int(^uint(0) >> 1)
	for _, i := range a {
		if i < min {
			min = i
		}
	}
	return min
}

func Printf(format string, v ...interface{}) (n int, err error) {
	return fmt.Fprintf(os.Stdout, "[log] "+format, v...)
}

type T struct {
	a int
	b float64
	c string
}

func main() {
	b := Append([]byte("hello "), []byte("world"))
	fmt.Println(string(b), len(b))
	fmt.Println(Min(5, 3, 9), Min())
	n, err := Printf("%d %s\n", 7, "x")
	fmt.Println(n, err)
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", map[string]int{"UTC": 0})
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	fmt.Printf("%T %T\n", t, []any{1, "a"})
}
