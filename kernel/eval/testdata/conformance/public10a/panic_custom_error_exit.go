package main

import "fmt"

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred runs before the crash")
	panic(StatusErr{503})
}
