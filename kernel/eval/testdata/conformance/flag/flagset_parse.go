package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	word := fs.String("word", "foo", "a string")
	numb := fs.Int("numb", 42, "an int")
	fork := fs.Bool("fork", false, "a bool")
	wait := fs.Duration("wait", time.Second, "a duration")
	var svar string
	fs.StringVar(&svar, "svar", "bar", "a string var")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable")
	err := fs.Parse([]string{"-word=opt", "-numb", "7", "-fork", "-wait=1m30s", "-tag", "a", "--tag=b", "a1", "a2"})
	fmt.Println(err)
	fmt.Println("word:", *word, "numb:", *numb, "fork:", *fork, "wait:", *wait, "svar:", svar, "tags:", tags)
	fmt.Println("tail:", fs.Args(), fs.NArg(), fs.Arg(0), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	f := fs.Lookup("numb")
	fmt.Println(f.Name, f.DefValue, f.Usage, f.Value.String())
	fs2 := flag.NewFlagSet("strict", flag.ContinueOnError)
	fs2.SetOutput(io.Discard)
	fs2.Int("n", 0, "")
	fmt.Println(fs2.Parse([]string{"-n=abc"}))
	fmt.Println(fs2.Parse([]string{"-missing"}))
	fmt.Println(fs2.Parse([]string{"-h"}) == flag.ErrHelp)
	var sb strings.Builder
	fs3 := flag.NewFlagSet("usage", flag.ContinueOnError)
	fs3.SetOutput(&sb)
	fs3.Int("count", 3, "how many `items`")
	fs3.PrintDefaults()
	fmt.Print(sb.String())
}
