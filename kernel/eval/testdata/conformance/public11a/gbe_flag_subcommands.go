package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func run(args []string) {
	fooCmd := flag.NewFlagSet("foo", flag.ContinueOnError)
	fooEnable := fooCmd.Bool("enable", false, "enable")
	fooName := fooCmd.String("name", "", "name")
	barCmd := flag.NewFlagSet("bar", flag.ContinueOnError)
	barLevel := barCmd.Int("level", 0, "level")
	var sb strings.Builder
	fooCmd.SetOutput(&sb)
	barCmd.SetOutput(&sb)
	if len(args) < 1 {
		fmt.Println("expected 'foo' or 'bar' subcommands")
		return
	}
	switch args[0] {
	case "foo":
		if err := fooCmd.Parse(args[1:]); err != nil {
			fmt.Println("parse error:", err)
			fmt.Print(sb.String())
			return
		}
		fmt.Println("subcommand 'foo'")
		fmt.Println("  enable:", *fooEnable)
		fmt.Println("  name:", *fooName)
		fmt.Println("  tail:", fooCmd.Args())
	case "bar":
		if err := barCmd.Parse(args[1:]); err != nil {
			fmt.Println("parse error:", err)
			return
		}
		fmt.Println("subcommand 'bar'")
		fmt.Println("  level:", *barLevel)
		fmt.Println("  tail:", barCmd.Args(), barCmd.NArg())
	default:
		fmt.Println("expected 'foo' or 'bar' subcommands")
	}
}

func main() {
	run([]string{"foo", "-enable", "-name=joe", "a1", "a2"})
	run([]string{"bar", "-level", "8", "a1"})
	run([]string{"bar", "-enable", "a1"})
	run([]string{"foo", "-name"})
	run([]string{"baz"})
	run(nil)
	fmt.Println(len(os.Args) >= 1)
}
