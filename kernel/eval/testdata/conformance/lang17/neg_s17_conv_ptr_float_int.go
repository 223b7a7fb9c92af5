package main

import "fmt"

func main() {
	f := 1.5
	p := (*int)(&f)
	fmt.Println(p)
}
