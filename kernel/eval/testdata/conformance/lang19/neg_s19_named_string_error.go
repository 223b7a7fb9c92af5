package main

import "fmt"

type MyErr string

func check() error {
	return MyErr("bad")
}

func main() {
	fmt.Println(check())
}
