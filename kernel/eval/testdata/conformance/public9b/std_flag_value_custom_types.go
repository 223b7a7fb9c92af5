package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type StringList []string

func (s *StringList) String() string { return strings.Join(*s, ",") }
func (s *StringList) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*s = append(*s, strings.Split(v, ",")...)
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "mid", "high"}[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

func parse(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	var tags StringList
	var lvl Level = 1
	verbose := fs.Bool("v", false, "verbose")
	n := fs.Int("n", 3, "count")
	name := fs.String("name", "anon", "your name")
	dur := fs.Duration("wait", time.Second, "wait time")
	fs.Var(&tags, "tag", "tags (repeatable)")
	fs.TextVar(&lvl, "level", Level(1), "level")
	var seen []string
	fs.Func("x", "callback flag", func(s string) error { seen = append(seen, s); return nil })
	err := fs.Parse(args)
	fmt.Printf("args=%q err=%v\n", args, err)
	if err != nil {
		fmt.Printf("  output: %q\n", strings.SplitN(out.String(), "\n", 2)[0])
		return
	}
	fmt.Println("  v", *verbose, "n", *n, "name", *name, "wait", *dur, "tags", tags, "level", lvl, "x", seen, "rest", fs.Args(), fs.NArg())
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	fmt.Println("  set:", set)
}

func main() {
	parse([]string{"-v", "-n=7", "--name", "bob", "-tag", "a,b", "-tag=c", "-level", "high", "-x", "1", "-x", "2", "file1", "-n", "9"})
	parse([]string{"-wait", "1m30s", "--", "-v"})
	parse([]string{"-n", "abc"})
	parse([]string{"-level", "extreme"})
	parse([]string{"-tag", ""})
	parse([]string{"-unknown"})
	parse([]string{"-h"})
	fmt.Println(errors.Is(flag.ErrHelp, flag.ErrHelp))
	_ = io.Discard
}
