package main

import "fmt"

func init() { fmt.Println("init") }

func main() {
	f := init
	f()
}
