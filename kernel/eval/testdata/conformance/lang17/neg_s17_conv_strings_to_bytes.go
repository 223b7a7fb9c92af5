package main

import "fmt"

func main() {
	ss := []string{"a"}
	b := []byte(ss)
	fmt.Println(b)
}
