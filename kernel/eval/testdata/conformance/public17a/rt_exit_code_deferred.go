package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("working")
	fmt.Fprintln(os.Stderr, "fatal: config missing")
	os.Exit(3)
}
