package main

import "fmt"

func main() {
	f := 1.5
	s := string(f)
	fmt.Println(s)
}
