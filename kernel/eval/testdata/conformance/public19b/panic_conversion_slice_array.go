package main

import "fmt"

func main() {
	s := []byte("abcdef")
	a4 := [4]byte(s)
	fmt.Println(a4, string(a4[:]))
	p := (*[2]byte)(s[4:])
	p[0] = 'X'
	fmt.Println(string(s))
	a8 := [8]byte(s)
	fmt.Println(a8)
}
