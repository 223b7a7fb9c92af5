package main

import "fmt"

func main() {
	f := func() {
		x := 1
	}
	fmt.Println(f)
}
