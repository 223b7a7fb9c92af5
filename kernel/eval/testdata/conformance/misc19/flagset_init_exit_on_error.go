package main

import (
	"flag"
	"fmt"
)

// A FlagSet given flag.ExitOnError by Init (a zero FlagSet, or one made
// with another error handling): a bad flag exits with status 2.
func main() {
	var fs flag.FlagSet
	fs.Init("zero", flag.ContinueOnError)
	k := fs.Int("k", 0, "k")
	err := fs.Parse([]string{"-nope"})
	fmt.Println(err, *k)
	fs.Init("zero", flag.ExitOnError)
	fmt.Println(fs.Parse([]string{"-k", "3"}), *k, fs.Name())
	fs.Parse([]string{"-k", "three"})
	fmt.Println("not reached")
}
