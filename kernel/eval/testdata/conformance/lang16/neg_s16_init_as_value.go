package main

import "fmt"

func init() {}

func hook() {
	f := init
	fmt.Println(f != nil)
}

func main() {
	hook()
}
