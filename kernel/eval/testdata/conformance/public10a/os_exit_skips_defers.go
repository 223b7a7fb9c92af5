package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed: os.Exit does not run deferred calls")
	fmt.Println("working")
	func() {
		defer fmt.Println("inner defer runs (the func returns normally)")
	}()
	fmt.Fprintln(os.Stderr, "fatal: stopping with status 3")
	os.Exit(3)
}
