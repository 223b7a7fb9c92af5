package main

import "fmt"

func main() {
	var a any = 1
	_, ok := a.(interface {
		Close() error
		Close() error
	})
	fmt.Println(ok)
}
