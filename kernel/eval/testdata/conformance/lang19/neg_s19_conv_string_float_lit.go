package main

import "fmt"

func main() {
	s := string(1.5)
	fmt.Println(s)
}
