package main

import "fmt"

func main() {
	b := []byte("xy")
	n := copy("abc", b)
	fmt.Println(n)
}
