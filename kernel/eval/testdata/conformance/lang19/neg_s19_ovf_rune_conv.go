package main

import "fmt"

func main() {
	r := rune(1 << 31)
	fmt.Println(r)
}
