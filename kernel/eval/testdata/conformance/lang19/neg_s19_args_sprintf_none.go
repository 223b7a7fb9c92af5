package main

import "fmt"

func main() {
	s := fmt.Sprintf()
	fmt.Println(s)
}
