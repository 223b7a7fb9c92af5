package main

import "fmt"

func init() {}

func main() {
	f := init
	fmt.Println(f)
}
