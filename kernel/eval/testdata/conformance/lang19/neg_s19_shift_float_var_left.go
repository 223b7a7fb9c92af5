package main

import "fmt"

func main() {
	f := 2.0
	fmt.Println(f << 1)
}
