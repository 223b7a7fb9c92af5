package main

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

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

type MyString string

func (m MyString) String() string {
	return fmt.Sprintf("MyString=%s", string(m))
}

func main() {
	b := Append([]byte("abc"), []byte("defg"))
	fmt.Println(string(b), len(b), cap(b))
	fmt.Println(Min(3, -2, 8), Min())
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	var timeZone = map[string]int{"UTC": 0 * 60 * 60, "EST": -5 * 60 * 60, "CST": -6 * 60 * 60}
	fmt.Printf("%#v\n", timeZone)
	fmt.Printf("%x %X\n", "hex this", []byte{1, 171})
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")
	fmt.Println(MyString("x"))
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	fmt.Printf("%T %T\n", t, timeZone)
}
