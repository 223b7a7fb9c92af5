package main

import "fmt"

func try(f func()) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a, b, c := 2, 1, 10
	try(func() { _ = s[a:b] })
	try(func() { _ = s[:c] })
	try(func() { _ = s[c:] })
	try(func() { _ = s[0:1:c] })
	str := "hey"
	try(func() { _ = str[c] })
	try(func() { _ = str[1:c] })
	arr := [3]int{}
	try(func() { _ = arr[c%4] })
}
