package main

import (
	"fmt"
	"os"
)

type Status int

func (s Status) String() string { return fmt.Sprintf("status<%d>", int(s)) }

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Fprintln(os.Stderr, "about to fail")
	panic(Status(404))
}
