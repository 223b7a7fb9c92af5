package main

import "fmt"

func main() {
	s := "n=" + 1
	fmt.Println(s)
}
