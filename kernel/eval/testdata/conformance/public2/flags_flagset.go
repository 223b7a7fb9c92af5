package main

import (
	"flag"
	"fmt"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	wordPtr := fs.String("word", "foo", "a string")
	numbPtr := fs.Int("numb", 42, "an int")
	forkPtr := fs.Bool("fork", false, "a bool")
	var svar string
	fs.StringVar(&svar, "svar", "bar", "a string var")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable")
	dur := fs.Duration("wait", 0, "a duration")
	err := fs.Parse([]string{"-word=opt", "-numb", "7", "-fork", "-tag", "x", "-tag=y", "-wait", "1m30s", "a1", "a2"})
	fmt.Println(err)
	fmt.Println("word:", *wordPtr)
	fmt.Println("numb:", *numbPtr)
	fmt.Println("fork:", *forkPtr)
	fmt.Println("svar:", svar)
	fmt.Println("tags:", tags, len(tags))
	fmt.Println("wait:", *dur)
	fmt.Println("tail:", fs.Args(), fs.NArg())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	bad := flag.NewFlagSet("bad", flag.ContinueOnError)
	var sink strings.Builder
	bad.SetOutput(&sink)
	bad.Int("n", 0, "number")
	err = bad.Parse([]string{"-n", "abc"})
	fmt.Println(err)
	fmt.Println(strings.Contains(sink.String(), "Usage of bad"))
}
