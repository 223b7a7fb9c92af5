package main

import "fmt"

func main() {
	i := 3
	f := i * 1.5
	fmt.Println(f)
}
