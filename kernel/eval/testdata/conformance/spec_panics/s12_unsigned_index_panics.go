package main

// An index or slice bound of an unsigned type that is out of range is
// named in the run-time panic as the unsigned value it is: a counter that
// wrapped below zero (uint 0 minus 1) is 18446744073709551615, not -1.

import "fmt"

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", what, r)
			return
		}
		fmt.Printf("%s: ok\n", what)
	}()
	f()
}

func main() {
	xs := []int{10, 20, 30}
	arr := [3]int{1, 2, 3}
	s := "abc"
	var i uint
	i-- // wraps to the largest uint
	var small uint8 = 200
	var j uint64 = 1<<63 + 5

	try("slice index", func() { _ = xs[i] })
	try("array index", func() { _ = arr[i] })
	try("string index", func() { _ = s[i] })
	try("index store", func() { xs[j] = 1 })
	try("uint8 index", func() { _ = xs[small] })
	try("pointer to array", func() { p := &arr; _ = p[i] })

	try("slice low", func() { _ = xs[i:] })
	try("slice high", func() { _ = xs[:i] })
	try("slice low high", func() { _ = xs[j:2] })
	try("slice 3-index max", func() { _ = xs[0:1:i] })
	try("slice 3-index high", func() { _ = xs[0:j:3] })
	try("slice 3-index low", func() { _ = xs[i:2:3] })
	try("string low", func() { _ = s[i:] })
	try("string high", func() { _ = s[1:j] })
	try("array slice", func() { _ = arr[:i] })
	try("array 3-index", func() { _ = arr[1:2:j] })

	var k uint = 2
	try("in range", func() { fmt.Println(xs[k], s[k], xs[k:], arr[:k]) })
	n := -1
	try("signed", func() { _ = xs[n+0*len(xs)] })
}
