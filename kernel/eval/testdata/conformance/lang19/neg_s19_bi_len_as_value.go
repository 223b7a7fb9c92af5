package main

import "fmt"

func main() {
	f := len
	fmt.Println(f("abc"))
}
