package main

import (
	"flag"
	"fmt"
	"os"
)

func run(args []string) {
	fooCmd := flag.NewFlagSet("foo", flag.ExitOnError)
	fooEnable := fooCmd.Bool("enable", false, "enable")
	fooName := fooCmd.String("name", "", "name")
	barCmd := flag.NewFlagSet("bar", flag.ExitOnError)
	barLevel := barCmd.Int("level", 0, "level")
	if len(args) < 1 {
		fmt.Println("expected 'foo' or 'bar' subcommands")
		return
	}
	switch args[0] {
	case "foo":
		fooCmd.Parse(args[1:])
		fmt.Println("subcommand 'foo'")
		fmt.Println("  enable:", *fooEnable)
		fmt.Println("  name:", *fooName)
		fmt.Println("  tail:", fooCmd.Args())
	case "bar":
		barCmd.Parse(args[1:])
		fmt.Println("subcommand 'bar'")
		fmt.Println("  level:", *barLevel)
		fmt.Println("  tail:", barCmd.Args())
	default:
		fmt.Println("expected 'foo' or 'bar' subcommands")
		os.Exit(1)
	}
}

func main() {
	run([]string{"foo", "-enable", "-name=joe", "a1", "a2"})
	run([]string{"bar", "-level", "8", "a1"})
	run(nil)
	run([]string{"baz"})
}
