package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	word := fs.String("word", "foo", "a string")
	numb := fs.Int("numb", 42, "an int")
	fork := fs.Bool("fork", false, "a bool")
	var svar string
	fs.StringVar(&svar, "svar", "bar", "a string var")
	wait := fs.Duration("wait", time.Second, "how long")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable tag")
	err := fs.Parse([]string{"-word=opt", "-numb", "7", "-fork", "-svar=flag", "-wait=1m30s", "-tag", "x", "-tag=y", "a1", "a2", "a3"})
	fmt.Println("err:", err)
	fmt.Println("word:", *word)
	fmt.Println("numb:", *numb)
	fmt.Println("fork:", *fork)
	fmt.Println("svar:", svar)
	fmt.Println("wait:", *wait)
	fmt.Println("tags:", tags, len(tags))
	fmt.Println("tail:", fs.Args())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s\n", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("all %s default %q\n", f.Name, f.DefValue) })
	var out strings.Builder
	fs2 := flag.NewFlagSet("p2", flag.ContinueOnError)
	fs2.SetOutput(&out)
	fs2.Int("n", 0, "count of `items`")
	err = fs2.Parse([]string{"-n", "abc"})
	fmt.Println("err2:", err)
	fmt.Print(out.String())
	fmt.Println(fs2.Parse([]string{"-h"}) == flag.ErrHelp)
}
