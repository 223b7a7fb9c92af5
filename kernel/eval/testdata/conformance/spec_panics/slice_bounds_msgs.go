package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	lo, hi, mx := 2, 1, 6
	try("hi > cap", func() { _ = s[:mx] })
	try("lo > hi", func() { _ = s[lo:hi] })
	try("3-index max > cap", func() { _ = s[0:1:mx] })
	try("string hi", func() { _ = "abc"[:mx] })
	try("negative", func() { n := -1; _ = s[n:] })
	try("array idx", func() { var a [3]int; _ = a[mx%4+1] })
	try("string idx", func() { _ = "abc"[mx] })
	try("ok", func() { _ = s[:5] })
}
