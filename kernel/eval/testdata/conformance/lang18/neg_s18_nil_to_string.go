package main

import "fmt"

func main() {
	s := string(nil)
	fmt.Println(s)
}
