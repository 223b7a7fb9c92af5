package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	fmt.Println(s...)
}
