package main

import "fmt"

func f() error {
	return 1, nil
}

func main() {
	fmt.Println(f())
}
