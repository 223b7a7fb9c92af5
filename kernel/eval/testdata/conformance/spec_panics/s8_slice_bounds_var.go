package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	try := func(f func()) {
		defer func() { fmt.Println(recover()) }()
		f()
	}
	lo, hi := 2, 1
	try(func() { _ = s[lo:hi] })
	hi = 5
	try(func() { _ = s[:hi] })
	try(func() { _ = s[1:2:4] })
	str := "abc"
	try(func() { _ = str[hi:] })
	i := -1
	try(func() { _ = s[i+0*len(s)] })
	arr := [3]int{}
	k := 3
	try(func() { _ = arr[k] })
}
