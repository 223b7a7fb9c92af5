package main

import "fmt"

type MyErr struct{}

func (e *MyErr) Error() string { return "bad" }

func do() error { return MyErr{} }

func main() {
	fmt.Println(do())
}
