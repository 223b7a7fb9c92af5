package main

import (
	"flag"
	"fmt"
)

type cli struct {
	parse func([]string) error
	n     *int
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ExitOnError)
	c := cli{parse: fs.Parse, n: fs.Int("n", 1, "count")}
	fmt.Println(c.parse([]string{"-n", "5"}), *c.n)
	parse := fs.Parse
	fmt.Println("before")
	parse([]string{"-n", "x"})
	fmt.Println("after", *c.n)
}
