package main

import "fmt"

func main() {
	f := 1.5
	fmt.Println(f[0])
}
