package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	s := make([]int, 5, 8)
	arr := [6]int{1, 2, 3, 4, 5, 6}
	fmt.Println(len(arr[1:3:4]), cap(arr[1:3:4]), len(arr[:0:0]), cap(arr[4:]))
	h, l, m := 9, 3, 2
	try("high beyond cap", func() { _ = s[:h] })
	try("max beyond cap", func() { _ = s[0:2:h] })
	try("low > high", func() { _ = s[l:m] })
	try("high > max", func() { _ = s[0:l:m] })
	try("reslice up to cap", func() { fmt.Println(len(s[2:8]), cap(s[2:8])) })
	p := &arr
	try("pointer to array", func() { fmt.Println(p[1:2:3]) })
	str := "hello"
	try("string slice", func() { fmt.Println(str[1 : h-5]) })
	try("string out of range", func() { _ = str[h:] })
}
